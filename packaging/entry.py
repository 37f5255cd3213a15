"""The frozen program's entry point: the same as the `kiosk` command."""

import sys

from kiosk.cli import main

sys.exit(main())
