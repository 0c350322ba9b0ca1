"""``python -m bilateral`` runs the command line."""

import sys

from bilateral.cli import main

sys.exit(main())
