"""How fast is `crosscheck report` on a big corpus, against merely parsing its YAML?

    python bench/report_speed.py [--claims 10000 100000] [--format table] [--jobs N] [--profile]
    python bench/report_speed.py --issue12 [--claims 10000] [--before OTHER-CHECKOUT/src]

For each size: generate a synthetic corpus (bench/synthetic.py), then time, each in a fresh
process so that peak memory is its own:

  parse  read every claim file and parse it with PyYAML's CSafeLoader, nothing more;
  read   the same with crosscheck's own reader (yamlio.load: libyaml composes, a lean builder
         makes the values), for comparison: the report reads files with it;
  cold   the library path of `crosscheck report` with an empty cache: pipeline.load
         (which fills the cache) + compare.analyse + report.build + render;
  warm   the same again, the cache now filled.

Times are in-process (interpreter start-up and imports left out), best of --repeat runs by
wall time.  The ratios are of wall time, what a user waits for: the cold report reads files
in a process per core (crosscheck/parallel.py) while the parse baseline uses one, so the
CPU time of all processes (worker processes included) is printed beside it, to show what
the machine spends; --jobs 1 times the report in one process.  Run it on an otherwise idle
machine.
Peak memory is the largest ru_maxrss of the process and its workers.  Targets: cold <= 1.3x
parse, warm at 100,000 claims < 3 s, peak < 1 GB.  --profile prints where the time of one
cold and one warm run goes (cProfile of the main process, top functions by cumulative and
by own time).

--issue12 prints every figure issue #12 sets a target for, through the command line as a
user runs it (start-up included), side by side with another version of the code when
--before names its src/ folder: cold, warm and after-one-edit reports, --no-cache, check,
--help, --version, claim show, and extract writing claim files (bench/extract_speed.py
--end-to-end); each with the CPU seconds and peak memory of the command and its workers
(os.wait4), and the libyaml parse with the cold report's ratio to it: of the best runs
of each, and the median (and range) of each cold run's ratio to a parse run just before it,
which the machine's changing speed moves less.  "One claim's figure
changed" edits a figure in one claim file (a real change, as `claim set` makes), so the
engine's incremental step has a subject to judge again.  The cache goes to a scratch folder
(CROSSCHECK_CACHE_DIR).  The code measured has its bytecode written first (compileall), as a
package pip installs has: see `compile_package`.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CACHE_ENV = "CROSSCHECK_CACHE_DIR"


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux; for children, that of the largest one waited for.
    return max(
        resource.getrusage(who).ru_maxrss / 1024
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )


def _cpu() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    return time.process_time() + sum(
        getattr(resource.getrusage(resource.RUSAGE_CHILDREN), field)
        for field in ("ru_utime", "ru_stime")
    )


def run_parse(root: Path) -> dict[str, Any]:
    """Baseline: read and parse every claim file with the C loader, build nothing."""
    import yaml

    started, cpu = time.perf_counter(), _cpu()
    count = 0
    for path in sorted((root / "claims").glob("*.yaml")):
        data = yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)  # noqa: S506
        count += len(data["claims"])
    return {
        "seconds": time.perf_counter() - started,
        "cpu": _cpu() - cpu,
        "claims": count,
        "peak_mb": _peak_mb(),
    }


def run_read(root: Path) -> dict[str, Any]:
    """The files parsed by crosscheck's reader, in one process: what loading costs before
    any claim is validated."""
    from crosscheck import yamlio

    started, cpu = time.perf_counter(), _cpu()
    count = 0
    for path in sorted((root / "claims").glob("*.yaml")):
        data = yamlio.load(path.read_bytes().decode("utf-8"), str(path))
        count += len(data["claims"])
    return {"seconds": time.perf_counter() - started, "cpu": _cpu() - cpu, "claims": count}


def run_report(root: Path, fmt: str, profile: bool, jobs: int | None) -> dict[str, Any]:
    """The library path of `crosscheck report`, phase by phase."""
    from crosscheck import pipeline, report
    from crosscheck.render import Format, renderer

    phases: dict[str, float] = {}
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    started, cpu = time.perf_counter(), _cpu()

    corpus = pipeline.load(root / "articles", root / "claims", jobs=jobs)
    claims = pipeline.live(corpus.claims)
    phases["load"] = time.perf_counter() - started

    mark = time.perf_counter()
    # As `crosscheck report` does: the engine, or its cached findings for an unchanged corpus.
    findings = report.findings_for(corpus, claims, jobs=jobs)
    phases["analyse"] = time.perf_counter() - mark

    mark = time.perf_counter()
    built = report.build(findings, corpus.articles, claims_total=len(claims))
    phases["build"] = time.perf_counter() - mark

    mark = time.perf_counter()
    text = renderer(Format(fmt)).render(built)
    phases["render"] = time.perf_counter() - mark

    total = time.perf_counter() - started
    result: dict[str, Any] = {
        "seconds": total,
        "cpu": _cpu() - cpu,
        "phases": phases,
        "claims": len(corpus.claims),
        "findings": len(findings),
        "discrepancies": len(built.discrepancies),
        "bytes": len(text.encode()),
        "peak_mb": _peak_mb(),
    }
    if profiler:
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(25)
        stats.sort_stats("tottime").print_stats(20)
        result["profile"] = out.getvalue()
    return result


def _child(mode: str, root: Path, fmt: str, profile: bool, jobs: int = 0) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its JSON result."""
    command = [sys.executable, str(Path(__file__)), "--child", mode, "--root", str(root)]
    command += ["--format", fmt, "--jobs", str(jobs)] + (["--profile"] if profile else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _command(root: Path, fmt: str, repeat: int) -> dict[str, float]:
    """The whole `crosscheck report` command on an unchanged corpus (its cache filled by the
    runs before): wall seconds from process start to exit, best of `repeat`, and peak MB."""
    command = [sys.executable, "-m", "crosscheck", "--root", str(root), "report", "-f", fmt]
    best: dict[str, float] = {}
    for _ in range(repeat + 1):  # the first run fills the report cache
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if not best or seconds < best["seconds"]:
            best = {"seconds": seconds, "peak_mb": peak}
    return best


def measure(
    size: int, fmt: str, repeat: int, profile: bool, keep: Path | None, jobs: int = 0
) -> dict[str, Any]:
    """Generate a corpus of `size` claims and time parse, cold and warm on it."""
    sys.path.insert(0, str(HERE))
    import synthetic

    scratch = Path(tempfile.mkdtemp(prefix=f"crosscheck-bench-{size}-"))
    root = keep / str(size) if keep else scratch
    try:
        if not (root / "claims").exists():
            synthetic.generate(root, size)
        # The cache of the runs below (cache.py): a folder of this measurement's own.
        cache = scratch / "cache"
        os.environ[CACHE_ENV] = str(cache)
        parse = min((_child("parse", root, fmt, False) for _ in range(repeat)),
                    key=lambda r: r["seconds"])  # fmt: skip
        read = min((_child("read", root, fmt, False) for _ in range(repeat)),
                   key=lambda r: r["seconds"])  # fmt: skip
        colds = []
        for _ in range(repeat):
            shutil.rmtree(cache, ignore_errors=True)
            colds.append(_child("report", root, fmt, False, jobs))
        cold = min(colds, key=lambda r: r["seconds"])
        warm = min((_child("report", root, fmt, False, jobs) for _ in range(repeat)),
                   key=lambda r: r["seconds"])  # fmt: skip
        command = _command(root, fmt, repeat)
        profiles = {}
        if profile:
            shutil.rmtree(cache, ignore_errors=True)
            profiles["cold"] = _child("report", root, fmt, True, jobs)["profile"]
            profiles["warm"] = _child("report", root, fmt, True, jobs)["profile"]
        return {
            "size": size,
            "parse": parse,
            "read": read,
            "cold": cold,
            "warm": warm,
            "command": command,
            "profiles": profiles,
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def table(results: list[dict[str, Any]]) -> str:
    """The results as a small Markdown table (the README takes it as is)."""
    lines = [
        "| claims | parse s (cpu) | cold s (cpu) | cold / parse (cpu) | warm s (cpu) "
        "| warm / parse | peak MB parse / cold / warm | findings / shown |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        parse, cold, warm = r["parse"], r["cold"], r["warm"]
        lines.append(
            f"| {r['size']:,} | {parse['seconds']:.2f} ({parse['cpu']:.2f}) "
            f"| {cold['seconds']:.2f} ({cold['cpu']:.2f}) "
            f"| {cold['seconds'] / parse['seconds']:.2f}x ({cold['cpu'] / parse['cpu']:.2f}x) "
            f"| {warm['seconds']:.2f} ({warm['cpu']:.2f}) "
            f"| {warm['seconds'] / parse['seconds']:.2f}x "
            f"| {parse['peak_mb']:.0f} / {cold['peak_mb']:.0f} / {warm['peak_mb']:.0f} "
            f"| {cold['findings']:,} / {cold['discrepancies']:,} |"
        )
    lines.append("")
    for r in results:
        c = r["command"]
        lines.append(
            f"Command `crosscheck report` on the unchanged {r['size']:,}-claim corpus: "
            f"{c['seconds']:.2f} s wall, start-up included (peak of all runs so far "
            f"{c['peak_mb']:.0f} MB)."
        )
    for r in results:
        read, cold = r["read"], r["cold"]
        lines.append(
            f"crosscheck's reader parses the {r['size']:,} claims in {read['seconds']:.2f} s "
            f"(one process, {read['seconds'] / r['parse']['seconds']:.2f}x CSafeLoader); "
            f"cold / that: {cold['seconds'] / read['seconds']:.2f}x."
        )
    lines.append("")
    lines.append(
        "Ratios are of wall time; the cold report uses every core, parse one "
        "(cpu: all processes' CPU seconds)."
    )
    lines.append("Phases, wall seconds: load / analyse / build / render")
    for r in results:
        for name in ("cold", "warm"):
            p = r[name]["phases"]
            lines.append(
                f"  {r['size']:>7,} {name}: {p['load']:.2f} / {p['analyse']:.2f} / "
                f"{p['build']:.2f} / {p['render']:.2f}"
            )
    return "\n".join(lines)


# --------------------------------------------------------------------------- issue #12


def _timed(command: list[str], env: dict[str, str], repeat: int) -> dict[str, float]:
    """Best wall seconds of `command`, with that run's CPU seconds and peak memory (MB) of
    the process and the workers it waited for."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        started = time.perf_counter()
        child = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode not in (0, 1):
            return {}  # the command failed (an older version without it, say)
        cpu = usage.ru_utime + usage.ru_stime
        if not best or seconds < best["seconds"]:
            best = {"seconds": seconds, "cpu": cpu, "peak": usage.ru_maxrss / 1024}
    return best


def _change_a_figure(path: Path, step: int) -> None:
    """Edit one claim's figure in a claim file, as `claim set` or a hand edit does."""
    text = path.read_text(encoding="utf-8")
    found = re.search(r"figure: '(\d+)'", text)
    assert found, path
    new = str(int(found[1]) + 1 + step)
    path.write_text(text[: found.start(1)] + new + text[found.end(1) :], encoding="utf-8")


def _reject_a_claim(path: Path) -> Callable[[list[str], Path, dict[str, str]], None]:
    """An edit that changes what grouping reads: one claim of the file set rejected."""

    def edit(_: list[str], __: Path, ___: dict[str, str]) -> None:
        text = path.read_text(encoding="utf-8")
        found = re.search(r"status: '(unreviewed|confirmed)'", text)
        assert found, path
        path.write_text(text[: found.start(1)] + "rejected" + text[found.end(1) :], "utf-8")

    return edit


def _add_a_claim(path: Path, article: str) -> Callable[[list[str], Path, dict[str, str]], None]:
    """`crosscheck claim add`: the file's first claim recorded again (a second record of
    the same figure, as a reviewer adds one the extractor missed)."""

    def edit(crosscheck: list[str], root: Path, env: dict[str, str]) -> None:
        first = yaml.safe_load(path.read_text(encoding="utf-8"))["claims"][0]
        command = [*crosscheck, "claim", "add", article, "--root", str(root)]
        for key in ("subject", "kind", "quote", "party", "place", "figure"):
            if first.get(key):
                command += [f"--{key}", str(first[key])]
        subprocess.run(command, env=env, check=True, capture_output=True)

    return edit


def issue12(
    root: Path, source: Path | None, repeat: int, parse: Callable[[], dict[str, Any]]
) -> dict[str, dict[str, float]]:
    """Every figure issue #12 sets a target for, measured through the command line on the
    corpus at `root`, with the code in `source` (a checkout's src/, put first on
    PYTHONPATH) or the installed one.  Each cold run comes right after a run of `parse`
    (the baseline), so that each ratio is of two runs in the same state of the machine."""
    cache = Path(tempfile.mkdtemp(prefix="crosscheck-bench-cache-"))
    env = dict(os.environ, **{CACHE_ENV: str(cache)})
    if source is not None:
        env["PYTHONPATH"] = str(source)
    compile_package(env)
    crosscheck = [sys.executable, "-m", "crosscheck"]
    report = [*crosscheck, "--root", str(root), "report"]
    figures: dict[str, dict[str, float]] = {}

    def cold() -> None:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(root / ".crosscheck-cache", ignore_errors=True)  # older versions'

    try:
        runs: list[dict[str, float]] = []
        baselines: list[dict[str, Any]] = []
        ratios: list[float] = []
        for _ in range(repeat):
            baselines.append(parse())
            cold()
            timed = _timed(report, env, 1)
            if timed:  # else the command failed
                runs.append(timed)
                ratios.append(timed["seconds"] / baselines[-1]["seconds"])
        best = min(baselines, key=lambda r: r["seconds"])
        figures["libyaml parse of the claim files, one process"] = {
            "seconds": best["seconds"],
            "cpu": best["cpu"],
            "peak": best["peak_mb"],
        }
        if runs:
            figures["cold report"] = min(runs, key=lambda r: r["seconds"])
            figures["cold report / parse (wall), best runs"] = {
                "ratio": figures["cold report"]["seconds"] / best["seconds"]
            }
            ratios.sort()
            figures["cold report / parse just before it (wall), median of runs"] = {
                "ratio": ratios[len(ratios) // 2],
                "spread": ratios[0],
                "to": ratios[-1],
            }
        figures["warm report (nothing changed)"] = _timed(report, env, repeat)
        files = sorted((root / "claims").glob("*.yaml"))
        # The middle claim file, or the first after it with a figure in digits to change.
        edited = next(
            path
            for path in files[len(files) // 2 :] + files
            if re.search(r"figure: '(\d+)'", path.read_text(encoding="utf-8"))
        )
        original = edited.read_bytes()
        runs = []
        try:
            for n in range(repeat):
                # A real change (a figure), so the engine has a subject to judge again.
                edited.write_bytes(original)
                _change_a_figure(edited, n)
                runs.append(_timed(report, env, 1))
        finally:
            edited.write_bytes(original)
        figures["one claim's figure changed, then report"] = min(runs, key=lambda r: r["seconds"])
        article = edited.name.removesuffix(".yaml")
        for figure, edit in (
            ("one claim rejected, then report", _reject_a_claim(edited)),
            ("one claim added (claim add), then report", _add_a_claim(edited, article)),
        ):
            runs = []
            try:
                for _ in range(repeat):
                    edited.write_bytes(original)
                    _timed(report, env, 1)  # the ledger of the corpus as it was
                    edit(crosscheck, root, env)
                    runs.append(_timed(report, env, 1))
            finally:
                edited.write_bytes(original)
            figures[figure] = min(runs, key=lambda r: r["seconds"])
        runs = []
        for _ in range(repeat):
            cold()
            runs.append(_timed([*report, "--no-cache"], env, 1))
        figures["report --no-cache"] = min(runs, key=lambda r: r["seconds"])
        figures["check"] = _timed([*crosscheck, "--root", str(root), "check"], env, repeat)
        figures["crosscheck --help"] = _timed([*crosscheck, "--help"], env, repeat)
        figures["crosscheck --version"] = _timed([*crosscheck, "--version"], env, repeat)
        first = yaml_first_id(edited)
        figures["claim show"] = _timed(
            [*crosscheck, "--root", str(root), "claim", "show", first], env, repeat
        )
        done = subprocess.run(
            [sys.executable, str(HERE / "extract_speed.py"), "--end-to-end", "200",
             "--repeat", str(repeat), "--root", str(HERE.parent)],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        found = re.search(r"([0-9.]+) s CPU, ([0-9]+) articles/s", done.stdout)
        if found:
            figures["extract 200 articles into files (CPU s)"] = {
                "seconds": float(found[1]),
                "cpu": float(found[1]),
                "rate": float(found[2]),
            }
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return figures


def compile_package(env: dict[str, str]) -> None:
    """Write the bytecode of the crosscheck that `env` runs, as pip does when it installs a
    package.  An editable install (or a checkout on PYTHONPATH) under PYTHONDONTWRITEBYTECODE
    has none, and every command would compile the modules it imports again: ~0.4 s of a
    report, which would be measured as the tool's own start-up."""
    where = subprocess.run(
        [sys.executable, "-c", "import crosscheck; print(crosscheck.__path__[0])"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout.strip()  # fmt: skip
    # py_compile writes the files whatever PYTHONDONTWRITEBYTECODE says.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", where],
        stdout=subprocess.DEVNULL, env=env, check=True,
    )  # fmt: skip


def yaml_first_id(path: Path) -> str:
    """The first claim id of a claim file."""
    found = re.search(r"- id: ['\"]?([^'\"\n]+)", path.read_text(encoding="utf-8"))
    assert found, path
    return found[1]


def issue12_table(size: int, columns: dict[str, dict[str, dict[str, float]]]) -> str:
    """The figures of each code version side by side: wall seconds (CPU seconds)."""
    names = list(columns)
    lines = [
        f"| {size:,} claims | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for figure in next(iter(columns.values())):
        cells = []
        for name in names:
            found = columns[name].get(figure)
            if not found:
                cells.append("-")
            elif "spread" in found:
                cells.append(f"{found['ratio']:.2f}x ({found['spread']:.2f}-{found['to']:.2f}x)")
            elif "ratio" in found:
                cells.append(f"{found['ratio']:.2f}x")
            elif "rate" in found:
                cells.append(f"{found['seconds']:.2f} s ({found['rate']:.0f} articles/s)")
            else:
                peak = f", {found['peak']:.0f} MB" if "peak" in found else ""
                cells.append(f"{found['seconds']:.2f} s ({found['cpu']:.2f}{peak})")
        lines.append(f"| {figure} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--format", default="table")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--jobs", type=int, default=0, help="processes (0: one per core)")
    parser.add_argument("--keep", type=Path, help="generate corpora here and keep them")
    parser.add_argument(
        "--issue12",
        action="store_true",
        help="print every figure of issue #12 through the command line, side by side",
    )
    parser.add_argument(
        "--before", type=Path, help="with --issue12: another checkout's src/ to compare with"
    )
    parser.add_argument("--child", choices=("parse", "read", "report"), help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "parse":
        print(json.dumps(run_parse(args.root)))
        return 0
    if args.child == "read":
        print(json.dumps(run_read(args.root)))
        return 0
    if args.child == "report":
        print(json.dumps(run_report(args.root, args.format, args.profile, args.jobs or None)))
        return 0

    if args.issue12:
        sys.path.insert(0, str(HERE))
        import synthetic

        for size in args.claims:
            scratch = Path(tempfile.mkdtemp(prefix=f"crosscheck-bench-{size}-"))
            root = args.keep / str(size) if args.keep else scratch
            try:
                if not (root / "claims").exists():
                    synthetic.generate(root, size)

                def parse(root: Path = root) -> dict[str, Any]:
                    return _child("parse", root, args.format, False)

                columns = {"this code": issue12(root, None, args.repeat, parse)}
                if args.before:
                    columns["before"] = issue12(root, args.before, args.repeat, parse)
                print(issue12_table(size, columns))
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
        return 0

    results = []
    for size in args.claims:
        print(f"measuring {size:,} claims ...", file=sys.stderr)
        result = measure(size, args.format, args.repeat, args.profile, args.keep, args.jobs)
        results.append(result)
        for name, text in result["profiles"].items():
            print(f"\n===== profile: {size:,} claims, {name}\n{text}")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
