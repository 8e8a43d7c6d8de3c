#!/usr/bin/env python
"""Thin wrapper kept for old commands: the command is `udanb-check-dataset` (installed with the package), whose
logic and tests are `udanb.data.check_dataset_main` in nbs/data/01_data.ipynb. See data_prep/README.md."""
import sys

from udanb.data import check_dataset_main

if __name__ == '__main__':
    sys.exit(check_dataset_main())
