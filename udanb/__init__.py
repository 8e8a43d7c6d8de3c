"""udanb: unsupervised domain adaptation for semantic segmentation (GTA5 / SYNTHIA -> Cityscapes) and its
adversarial robustness, in PyTorch, written as nbdev notebooks.

Modules, from the bottom layer up: `core` (constants, configs, atomic files), `data` (datasets, protocols),
`synth` (the embedded benchmark), `models`, `discriminators`, `losses`, `metrics`, `viz`, `attacks`,
`engine` (the training loop, its method plug-ins and stages), `selftrain` (pseudo labels, self-training rounds),
`study` (sweeps over rows and seeds, seed tables, phases), `robustness` (the attack protocols), the methods
`adaptsegnet`, `bdl`, `assuda`, `jal_wtm`, `dast`, `apoda`,
`multiadv_proxy`, then `leaderboard` and `bench` (timers, FLOP counts and peak memory of the benchmarks). Each
module is generated from `nbs/<NN>_<module>.ipynb`, which documents and tests it; `nbs/papers.ipynb` holds the
protocol and the papers' facts.
"""
__version__ = "0.1.0"
