"""End-to-end tests of the installed ``declutter`` command, through subprocess."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

EXE = shutil.which("declutter") or str(Path(sys.executable).with_name("declutter"))
BODY = "Harga cabai di pasar induk naik lagi pada pekan ini karena pasokan berkurang."
ARTICLE = f"{BODY}\nBaca juga: Viral Pedagang Menangis di Pasar\nHalaman 2\n"


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([EXE, *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)


def test_stdin_to_stdout() -> None:
    r = run(stdin=ARTICLE.encode())
    assert (r.returncode, r.stdout.decode(), r.stderr) == (0, BODY + "\n", b"")


def test_python_dash_m_is_the_same_command() -> None:
    r = subprocess.run([sys.executable, "-m", "declutter"], input=ARTICLE.encode(), capture_output=True)
    assert (r.returncode, r.stdout.decode()) == (0, BODY + "\n")


def test_files_dash_and_output_file(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE)
    out = tmp_path / "out.txt"
    r = run(str(a), "-", "-o", str(out), stdin=b"Ia pergi ke pasar pagi ini.\n")
    assert r.returncode == 0
    assert out.read_text() == f"{BODY}\nIa pergi ke pasar pagi ini.\n"


def test_explain_goes_to_stderr() -> None:
    r = run("--explain", stdin=ARTICLE.encode())
    lines = r.stderr.decode().splitlines()
    assert r.stdout.decode() == BODY + "\n"
    assert len(lines) == 2
    assert "read_also" in lines[0] and "Baca juga: Viral" in lines[0] and "1.00" in lines[0]
    assert lines[1].split()[:2] == [str(len(BODY) + 1 + len("Baca juga: Viral Pedagang Menangis di Pasar") + 1), "pagination"]


def test_format_json_is_the_result_dict() -> None:
    r = run("--format", "json", stdin=ARTICLE.encode())
    data = json.loads(r.stdout)
    assert data["text"] == BODY
    assert [x["kind"] for x in data["removals"]] == ["read_also", "pagination"]
    assert data["paragraphs"][0]["start"] == 0


def test_min_confidence_and_set() -> None:
    assert run("--min-confidence", "1.0", stdin=ARTICLE.encode()).stdout.decode() == ARTICLE
    assert run("--set", "min_confidence=1.0", stdin=ARTICLE.encode()).stdout.decode() == ARTICLE


@pytest.mark.parametrize("args, message", [
    (["--set", "nope=1"], b"unknown setting 'nope'"),
    (["--set", "min_confidence=lots"], b"wants a float"),
    (["--min-confidence", "3"], b"within [0, 1]"),
    (["--detail"], b"apply to --jsonl"),
    (["--lang", "xx"], b"invalid choice"),
    (["--jsonl", "-j", "-1"], b"--jobs must be"),
])
def test_usage_errors_exit_2_without_traceback(args: list[str], message: bytes) -> None:
    r = run(*args, stdin=ARTICLE.encode())
    assert r.returncode == 2 and message in r.stderr and b"Traceback" not in r.stderr


def test_invalid_utf8_names_the_byte_offset() -> None:
    r = run(stdin=b"abc\xff def")
    assert r.returncode == 1 and b"invalid UTF-8 at byte offset 3" in r.stderr and b"Traceback" not in r.stderr
    ok = run("--errors", "replace", stdin=b"Harga cabai naik lagi hari ini.\xff")
    assert ok.returncode == 0 and "\ufffd" in ok.stdout.decode()


def test_binary_input_is_refused_clearly() -> None:
    r = run(stdin=b"\x00\x01\x02binary")
    assert r.returncode == 1 and b"looks binary" in r.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    r = run(str(tmp_path / "nope.txt"))
    assert r.returncode == 1 and b"No such file or directory" in r.stderr and b"Traceback" not in r.stderr


def test_failed_run_leaves_output_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("previous")
    r = run("-o", str(out), stdin=b"\xff")
    assert r.returncode == 1 and out.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def records(*items: object) -> bytes:
    return b"".join((i if isinstance(i, bytes) else json.dumps(i).encode()) + b"\n" for i in items)


def test_jsonl_cleans_field_and_keeps_other_fields_in_order() -> None:
    data = records({"id": 1, "text": ARTICLE, "url": "u1"}, {"id": 2, "text": BODY, "n": [1, 2]})
    r = run("--jsonl", stdin=data)
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert out == [{"id": 1, "text": BODY, "url": "u1"}, {"id": 2, "text": BODY, "n": [1, 2]}]


def test_jsonl_field_output_field_and_detail() -> None:
    r = run("--jsonl", "--field", "body", "--output-field", "clean", "--detail", stdin=records({"body": ARTICLE}))
    rec = json.loads(r.stdout)
    assert rec["body"] == ARTICLE and rec["clean"] == BODY
    assert [x["kind"] for x in rec["declutter"]["removals"]] == ["read_also", "pagination"]
    assert {"title", "paragraphs", "removals", "language"} <= set(rec["declutter"])


def test_jsonl_truncated_last_line_and_blank_lines() -> None:
    data = records({"text": BODY}) + b"\n" + json.dumps({"text": ARTICLE}).encode()  # no final newline
    r = run("--jsonl", stdin=data)
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == [BODY, BODY]


@pytest.mark.parametrize("bad, message", [
    (b"not json", b"line 2: invalid JSON"),
    (json.dumps({"id": 2}).encode(), b"line 2: field 'text' is missing"),
    (json.dumps({"text": 5}).encode(), b"line 2: field 'text' is int, not a string"),
    (json.dumps([1, 2]).encode(), b"line 2: a JSON object is wanted, got list"),
    (b'{"text": "caf\xe9"}', b"line 2: invalid UTF-8 at byte 13"),
])
def test_jsonl_bad_line_stops_with_its_number(bad: bytes, message: bytes) -> None:
    r = run("--jsonl", stdin=records({"text": BODY}, bad, {"text": BODY}))
    assert r.returncode == 1 and message in r.stderr and b"Traceback" not in r.stderr


def test_jsonl_on_error_pass_writes_every_record_through() -> None:
    r = run("--jsonl", "--on-error", "pass",
            stdin=records({"text": BODY}, b"not json", {"id": 3}, {"text": 5}, {"text": ARTICLE}))
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 0 and len(out) == 5
    assert out[1] == {"declutter_raw": "not json", "declutter_error": out[1]["declutter_error"]}
    assert out[2]["id"] == 3 and "missing" in out[2]["declutter_error"]
    assert out[3]["text"] == 5 and "declutter_error" in out[3]
    assert out[4]["text"] == BODY
    assert b"3 record(s) could not be cleaned" in r.stderr


def test_jsonl_parallel_keeps_order_and_output() -> None:
    data = records(*[{"id": i, "text": ARTICLE if i % 3 else BODY + f" Nomor {i}."} for i in range(1500)])
    one, two = run("--jsonl", "-j", "1", stdin=data), run("--jsonl", "-j", "2", stdin=data)
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert [json.loads(x)["id"] for x in two.stdout.splitlines()] == list(range(1500))


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_bytes(records(*[{"text": ARTICLE}] * 20000))
    p = subprocess.run(f"'{EXE}' --jsonl '{big}' | head -n 1", shell=True, capture_output=True, timeout=300)
    assert p.stdout.count(b"\n") == 1 and b"Traceback" not in p.stderr and b"Broken" not in p.stderr


def test_sigint_leaves_complete_records_only(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_bytes(records(*[{"text": ARTICLE}] * 50000))
    out = tmp_path / "out.jsonl"
    with open(out, "wb") as f:
        p = subprocess.Popen([EXE, "--jsonl", str(big)], stdout=f, stderr=subprocess.PIPE)
        time.sleep(1.5)
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=60)
    assert p.returncode == 130 and b"interrupted" in err and b"Traceback" not in err
    for line in out.read_bytes().splitlines():
        json.loads(line)
    assert out.read_bytes().endswith(b"\n") or out.stat().st_size == 0


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs Linux's /dev/full")
def test_full_disk_is_a_clear_error() -> None:
    r = run("-o", "/dev/full", stdin=ARTICLE.encode())
    assert r.returncode == 1 and b"No space left on device" in r.stderr and b"Traceback" not in r.stderr
    with open("/dev/full", "wb") as full:
        p = subprocess.run([EXE, "--jsonl"], input=records({"text": ARTICLE}), stdout=full, stderr=subprocess.PIPE)
    assert p.returncode == 1 and b"No space left on device" in p.stderr and b"Traceback" not in p.stderr
    assert Path("/dev/full").is_char_device()


def test_version_and_list_settings() -> None:
    assert run("--version").stdout.startswith(b"declutter ")
    assert b"| `min_confidence` |" in run("--list-settings").stdout


def test_help_has_examples() -> None:
    assert b"examples:" in run("--help").stdout


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc to find the workers")
def test_dead_worker_is_reported_and_exits_non_zero(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_bytes(records(*[{"text": ARTICLE}] * 60000))
    p = subprocess.Popen([EXE, "--jsonl", "-j", "2", str(big), "-o", str(tmp_path / "out.jsonl")],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while not (workers := _children(p.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    os.kill(workers[0], signal.SIGKILL)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 1 and b"a worker process died" in err and b"Traceback" not in err
    assert not (tmp_path / "out.jsonl").exists()  # -o is written whole or not at all


def test_progress_reports_records_rate_and_percent(capsys: pytest.CaptureFixture[str]) -> None:
    from declutter.jsonl import Progress

    meter = Progress(enabled=True, total_bytes=1000)
    meter.last -= 10  # as if the last report were long ago
    meter.update(40, 250)
    meter.done()
    err = capsys.readouterr().err
    assert "40 records" in err and "/s" in err and "25.0%" in err
    quiet = Progress(enabled=False, total_bytes=1000)
    quiet.last -= 10
    quiet.update(40, 250)
    assert capsys.readouterr().err == ""


PAGE = ("<!doctype html><html><head><meta charset='windows-1252'><title>x</title></head><body>"
        "<nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav><article>"
        f"<p>{BODY} Caf\xe9 itu ramai.</p><p><strong>Baca juga:</strong> <a href=/x>Viral Pedagang Menangis</a></p>"
        "</article></body></html>")


def test_html_is_detected_and_decoded_by_meta_charset() -> None:
    r = run("--format", "json", stdin=PAGE.encode("cp1252"))
    data = json.loads(r.stdout)
    assert r.returncode == 0 and data["text"] == f"{BODY} Café itu ramai."
    assert data["encoding"] == "windows-1252"
    assert {x["kind"] for x in data["removals"]} == {"navigation", "read_also"}
    a = data["removals"][0]
    assert data["source"][a["start"]:a["end"]] == a["text"]


def test_html_flag_and_jsonl_html() -> None:
    fragment = f"<p>{BODY}</p><p><a href=/x>Viral Pedagang Menangis di Pasar Induk Kota</a></p>"
    assert run(stdin=fragment.encode()).stdout.decode().startswith("<p>")  # not detected: text
    assert run("--html", stdin=fragment.encode()).stdout.decode() == BODY + "\n"
    r = run("--jsonl", "--html", stdin=records({"text": fragment}))
    assert json.loads(r.stdout)["text"] == BODY


def test_input_closed_mid_record_is_reported_never_dropped() -> None:
    """A writer that dies mid-line: the half record is a bad record (line number), not lost."""
    writer = subprocess.Popen([sys.executable, "-c",
                               "import sys, json, time\n"
                               "for i in range(100):\n"
                               "    sys.stdout.write(json.dumps({'id': i, 'text': 'Harga naik lagi hari ini.'}) + '\\n')\n"
                               "    sys.stdout.flush(); time.sleep(0.002)\n"
                               "sys.stdout.write('{\"id\": 100, \"text\": \"Harga na')\n"],
                              stdout=subprocess.PIPE)
    r = subprocess.run([EXE, "--jsonl", "--on-error", "pass"], stdin=writer.stdout, capture_output=True, timeout=120)
    writer.wait()
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.returncode == 0 and len(out) == 101
    assert [o.get("id") for o in out[:100]] == list(range(100))
    assert "invalid JSON" in out[100]["declutter_error"] and out[100]["declutter_raw"].startswith('{"id": 100')
