"""``python -m declutter``: the same as the ``declutter`` command."""

import sys

from .cli import main

sys.exit(main())
