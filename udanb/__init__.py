"""udanb: unsupervised domain adaptation for semantic segmentation (GTA5 / SYNTHIA -> Cityscapes) and its
adversarial robustness, in PyTorch, written as nbdev notebooks.

Layers, from the bottom up (each the folder of its notebooks in `nbs/`):
- core: `core` (constants, configs, atomic files);
- data: `data` (datasets, protocols, the data config), `synth` (the embedded benchmark);
- blocks: `models`, `discriminators`, `losses`, `metrics`, `viz`, `attacks`;
- engine: the `engine` package, whose `__init__` gathers its modules: `method` (the method contract, phases),
  `config` (run configs, presets), `checkpoint`, `selection` (model selection without target labels), `callbacks`,
  `context` (what a method sees of a run), `loop` (the `Trainer`), `run` (reports and checks of a finished run);
  then `selftrain` (pseudo labels, self-training rounds) and `study` (sweeps over rows and seeds, seed tables);
- robustness: `attack_eval` (evaluation under attack, cached perturbed sets), `corruptions`, `robustness` (the
  attack protocols of a run);
- methods: the `methods` package, one module per paper: `adaptsegnet`, `bdl`, `assuda`, `jal_wtm`, `dast`, `apoda`,
  `multiadv_proxy`;
- studies: `leaderboard`, `bench` (timers, FLOP counts and peak memory of the benchmarks).
Each module is generated from `nbs/<layer>/<NN>_<module>.ipynb`, which documents and tests it; `nbs/papers.ipynb`
holds the protocol and the papers' facts.
"""
__version__ = "0.1.0"
