#!/usr/bin/env python
"""Thin wrapper kept for old commands: the command is `udanb-translate-fda` (installed with the package), whose
logic and tests are `udanb.bdl.translate_fda_main` in nbs/11_bdl.ipynb. See data_prep/README.md."""
import sys

from udanb.bdl import translate_fda_main

if __name__ == '__main__':
    sys.exit(translate_fda_main())
