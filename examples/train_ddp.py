#!/usr/bin/env python
"""Train a udanb method with several processes, one shard of every data stream each.

    torchrun --nproc_per_node 2 examples/train_ddp.py --method adaptsegnet --iters 1000
    torchrun --nproc_per_node 4 examples/train_ddp.py --preset paper_gta5 --method adaptsegnet \\
        --source-root /data/gta5 --target-root /data/cityscapes --pretrained /weights/DeepLab_resnet_pretrained_imagenet.pth

The backend is NCCL on GPUs (one per process, from LOCAL_RANK) and gloo on the CPU. `--batch-size` is per
process. Process 0 writes the run folder (outputs/<run>/ or --root/<run>/); an interrupted run resumes when the
same command is started again. Tested in nbs/engine/08g_loop.ipynb (two CPU processes, gloo).
"""
import argparse, sys

import torch
import torch.distributed as dist

from udanb.core import outputs_dir, save_json
from udanb.engine import PRESETS, make_config, smoke, PhaseProfiler, Trainer


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--preset', default='cpu', choices=list(PRESETS), help='configuration preset (default cpu)')
    p.add_argument('--method', default='source_only', help='a registered method: source_only, adaptsegnet, bdl, assuda, jal_wtm')
    p.add_argument('--iters', type=int, default=None, help="training iterations (default: the preset's)")
    p.add_argument('--batch-size', type=int, default=None, help="images per process and iteration (default: the preset's)")
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--source-root', default=None, help='source dataset folder (default: the embedded benchmark)')
    p.add_argument('--target-root', default=None, help='Cityscapes folder (default: the embedded benchmark)')
    p.add_argument('--pretrained', default=None, help='DeepLab init weights (paper presets)')
    p.add_argument('--device', default='auto', help='auto | cpu | cuda')
    p.add_argument('--name', default=None, help='run name (default: <method>_<source>2<target>_<backbone>_s<seed>); torchrun takes --run')
    p.add_argument('--root', default=None, help='folder of the run folders (default: outputs/ or UDANB_OUTPUTS)')
    p.add_argument('--smoke', action='store_true', help='tiny images and a few iterations (what the tests run)')
    p.add_argument('--val-max', type=int, default=None, help='evaluate on the first N target val images (default: all)')
    p.add_argument('--profile', default=None, metavar='JSON',
                   help='write the mean step profile (udanb.engine.PhaseProfiler, after --warmup steps) of process 0 here')
    p.add_argument('--warmup', type=int, default=3, help='steps left out of --profile (default 3)')
    p.add_argument('--profile-wait', action='store_true',
                   help='--profile with a barrier before each reduction: waiting (uneven load) apart from communication')
    a = p.parse_args(argv)
    cfg = make_config(a.preset, a.method, source_root=a.source_root, target_root=a.target_root, pretrained=a.pretrained,
                      seed=a.seed, device=a.device, run=a.name)
    if a.smoke: cfg = smoke(cfg)
    over = {k: v for k, v in {'train.iters': a.iters, 'data.batch_size': a.batch_size, 'data.val_max': a.val_max}.items()
            if v is not None}
    if over: cfg = cfg.override(over)
    prof = PhaseProfiler(warmup=a.warmup, wait=a.profile_wait) if a.profile else None
    t = Trainer(cfg, root=a.root or outputs_dir(), callbacks=[prof] if prof else [])
    metrics = t.fit()
    if prof and t.rank == 0:
        save_json({'world_size': t.world, 'batch_per_process': cfg.data.batch_size, 'threads': torch.get_num_threads(),
                   'method': cfg.method, 'backbone': cfg.model.backbone, 'profile_s': prof.summary(),
                   'parts_s': prof.parts()}, a.profile)
    if t.rank == 0:
        print(f"{cfg.run_name}: {t.world} processes, target val mIoU (report only) {100 * metrics['test_tgt']['miou']:.1f}, "
              f"run folder {t.run.path}")
    if dist.is_initialized(): dist.destroy_process_group()
    return 0


if __name__ == '__main__':
    sys.exit(main())
