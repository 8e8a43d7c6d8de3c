#!/usr/bin/env python
"""Thin wrapper kept for old commands: the command is `udanb-translate-fda` (installed with the package), whose
logic and tests are `udanb.methods.bdl.translate_fda_main` in nbs/methods/13_bdl.ipynb. See data_prep/README.md."""
import sys

from udanb.methods.bdl import translate_fda_main

if __name__ == '__main__':
    sys.exit(translate_fda_main())
