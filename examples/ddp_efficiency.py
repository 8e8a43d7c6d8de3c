#!/usr/bin/env python
"""Multi-process scaling on the CPU: 2 processes (gloo, 1 thread each) against 1 process with 1 thread, and against 1 process with 2 threads.

    python examples/ddp_efficiency.py --method adaptsegnet --iters 23

Runs examples/train_ddp.py twice on the same work per process (preset, method, batch per process, iterations):
once as one process, once under `torchrun --nproc_per_node 2`. Throughput is images per second from the mean step
time after the warm-up steps (udanb.engine.PhaseProfiler of process 0), and
efficiency = throughput(2 processes) / (2 x throughput(1 process)); the goal is >= 0.85. A third run gives the one
process both cores as threads: throughput(2 processes) / throughput(1 process, 2 threads) says which way of using
two cores trains faster (the ratio is the only figure of that run; --no-threads skips it). Every run needs its cores
to itself: on a loaded machine the figure says more about the load than about the code, so the load average before and
after is recorded. Writes outputs/bench/ddp_efficiency.json (or --out): the commands, both profiles (their `reduce`
part is the gradient averaging) and the efficiency.
"""
import argparse, json, os, socket, subprocess, sys, tempfile, time
from pathlib import Path

from udanb.core import outputs_dir, save_json

HERE = Path(__file__).resolve().parent


def run(cmd, env) -> float:
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if p.returncode: sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr[-3000:]}")
    return time.perf_counter() - t


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--method', default='adaptsegnet', help='a registered method (default adaptsegnet)')
    p.add_argument('--preset', default='cpu', help='configuration preset (default cpu)')
    p.add_argument('--iters', type=int, default=23, help='iterations per run, warm-up included (default 23)')
    p.add_argument('--warmup', type=int, default=3, help='steps left out of the timing (default 3)')
    p.add_argument('--batch-size', type=int, default=None, help="images per process and step (default: the preset's)")
    p.add_argument('--smoke', action='store_true', help='tiny images (checks the script, measures nothing useful)')
    p.add_argument('--port', type=int, default=0, help='torchrun master port (default: a free one)')
    p.add_argument('--split-wait', action='store_true', help='time waiting for the other process apart from the '
                   'communication (a barrier before each reduction: a diagnostic that slows the 2-process run slightly)')
    p.add_argument('--no-threads', action='store_true', help='skip the run of one process with 2 threads')
    p.add_argument('--out', default=None, help='result file (default outputs/bench/ddp_efficiency.json)')
    a = p.parse_args(argv)
    if a.iters <= a.warmup: p.error(f'--iters {a.iters}: expected more than --warmup {a.warmup}')
    if not a.port:
        with socket.socket() as so: so.bind(('127.0.0.1', 0)); a.port = so.getsockname()[1]
    tmp = Path(tempfile.mkdtemp(prefix='udanb-ddp-eff-'))
    common = ['--method', a.method, '--preset', a.preset, '--iters', str(a.iters), '--warmup', str(a.warmup),
              '--device', 'cpu', '--val-max', '1', '--root', str(tmp)] + (['--smoke'] if a.smoke else [])
    if a.batch_size: common += ['--batch-size', str(a.batch_size)]
    if a.split_wait: common += ['--profile-wait']
    script = str(HERE/'train_ddp.py')
    cmds = {1: [sys.executable, script, '--name', 'eff_1', '--profile', str(tmp/'p1.json'), *common],
            2: [sys.executable, '-m', 'torch.distributed.run', '--nproc_per_node', '2', '--master_port', str(a.port),
                script, '--name', 'eff_2', '--profile', str(tmp/'p2.json'), *common]}
    if not a.no_threads: cmds['1x2'] = [sys.executable, script, '--name', 'eff_1x2', '--profile', str(tmp/'p1x2.json'), *common]
    label = {1: '1 process', 2: '2 processes', '1x2': '1 process, 2 threads'}
    threads = {n: '2' if n == '1x2' else '1' for n in cmds}   # torch's intra-op threads of each run (train_ddp.py records what torch saw)
    res = {'loadavg_before': list(os.getloadavg()), 'cpus': os.cpu_count(), 'runs': {}}
    for n, cmd in cmds.items():
        wall = run(cmd, {**os.environ, 'OMP_NUM_THREADS': threads[n], 'MKL_NUM_THREADS': threads[n]})
        prof = json.loads((tmp/f'p{n}.json').read_text())
        step = prof['profile_s']['step']
        res['runs'][n] = {'command': ' '.join(cmd[1:] if n != 2 else ['torchrun', *cmd[3:]]), 'wall_s': round(wall, 2),
                          'images_per_s': prof['world_size'] * prof['batch_per_process'] / step, **prof}
    res['loadavg_after'] = list(os.getloadavg())
    res['efficiency'] = res['runs'][2]['images_per_s'] / (2 * res['runs'][1]['images_per_s'])
    if '1x2' in res['runs']: res['processes_vs_threads'] = res['runs'][2]['images_per_s'] / res['runs']['1x2']['images_per_s']
    out = Path(a.out) if a.out else outputs_dir()/'bench'/'ddp_efficiency.json'
    save_json(res, out)
    for n, r in res['runs'].items():
        print(f"{label[n]}: {r['images_per_s']:.2f} images/s; s/step "
              + ' '.join(f"{k} {v:.3f}" for k, v in r['profile_s'].items() if k != 'steps'))
    print(f"efficiency {res['efficiency']:.3f} (goal >= 0.85); load average before {res['loadavg_before']}, "
          f"after {res['loadavg_after']} on {res['cpus']} CPUs; {out}")
    if 'processes_vs_threads' in res: print(f"2 processes / 1 process with 2 threads: {res['processes_vs_threads']:.2f}x")
    return 0


if __name__ == '__main__':
    sys.exit(main())
