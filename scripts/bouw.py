"""Build the site and the PDF into a temporary folder; replace site/ only on success.

A failed build (a broken link, bad front matter, a PDF error) leaves the last good
site/ untouched. Used by `make build` and `make offline`.

- The PDF is only rendered when the website stage had no errors (handreiking/druk/pdf.py
  stops before the render), so an editor sees the Dutch message in seconds.
- The new site/ is readable by a web server running as another user: folders 0755,
  files 0644 (mkdtemp makes 0700, and a strict umask would make 0600).
- SIGTERM (a cancelled CI job, `kill`) stops the build and removes the temporary folder;
  after SIGKILL or a power cut the next build removes what was left behind.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOORVOEGSEL = ".site-bouw-"
LOCATIE = "HANDREIKING_LOCATIE"


def editie(pad: str | Path) -> str:
    """The short name of a location edition ('pi-voorbeeld'), after checking its file;
    raises InhoudFout with Dutch findings (file and line) when the file is wrong."""
    from handreiking.locatie.editie import werkkaarten
    from handreiking.locatie.gegevens import lees_locatie

    return lees_locatie(Path(pad), str(pad), werkkaarten(ROOT / "docs")).slug


def bouw(doel: Path, pdf: bool = True, offline: bool = False, mkdocs: str | None = None,
         locatie: Path | None = None) -> int:
    """Run a strict MkDocs build into a temporary sibling of `doel`, then swap it in.
    With `locatie` (a location file), the edition of that inrichting."""
    mkdocs = mkdocs or str(Path(sys.executable).with_name("mkdocs"))
    env = dict(os.environ, HANDREIKING_PDF="1" if pdf else "0", HANDREIKING_OFFLINE="true" if offline else "false")
    if locatie is not None:
        env[LOCATIE] = str(locatie.resolve())
    doel.parent.mkdir(parents=True, exist_ok=True)
    ruim_resten_op(doel.parent)
    vorige = _vang_sigterm()
    tijdelijk = None
    try:
        with _zonder_onderbreking():  # a stop signal waits until the folder has its name here
            tijdelijk = Path(tempfile.mkdtemp(prefix=f"{VOORVOEGSEL}{os.getpid()}-", dir=doel.parent))
        code = _draai([mkdocs, "build", "--strict", "--site-dir", str(tijdelijk)], env)
        if code != 0:
            print(f"\nDe bouw is mislukt. De vorige versie in {doel.name}/ is niet aangeraakt.", file=sys.stderr)
            return code
        leesbaar(tijdelijk)
        if vorige is not None:  # the swap takes milliseconds: finish it, whatever comes
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
        oud = doel.with_name(doel.name + ".oud")
        if doel.exists():
            shutil.rmtree(oud, ignore_errors=True)
            doel.rename(oud)
        tijdelijk.rename(doel)
        shutil.rmtree(oud, ignore_errors=True)
        return 0
    except KeyboardInterrupt:
        print(f"\nDe bouw is afgebroken. De vorige versie in {doel.name}/ is niet aangeraakt.", file=sys.stderr)
        return 130
    finally:
        if vorige is not None:
            signal.signal(signal.SIGTERM, vorige)
        if tijdelijk is not None:
            shutil.rmtree(tijdelijk, ignore_errors=True)


@contextlib.contextmanager
def _zonder_onderbreking():
    """SIGTERM and Ctrl-C wait during this block and arrive right after it."""
    masker = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    try:
        yield masker
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, masker)


def _draai(opdracht: list[str], env: dict) -> int:
    """Run the build; on SIGTERM or Ctrl-C kill it and wait until it is gone, so nothing
    writes in the temporary folder any more when `finally` removes it. The signals wait
    while the child starts: an interrupt in the middle of Popen would leave it running."""
    proces = None
    try:
        with _zonder_onderbreking() as masker:
            proces = subprocess.Popen(opdracht, cwd=ROOT, env=env,
                                      preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_SETMASK, masker))
        return proces.wait()
    except KeyboardInterrupt:
        if proces is not None:
            proces.kill()
            proces.wait()
        raise


def _vang_sigterm():
    """SIGTERM becomes KeyboardInterrupt: the mkdocs child is killed, and once it is gone
    `finally` removes the temporary folder. Only possible in the main thread."""
    def stop(signum, frame):
        raise KeyboardInterrupt
    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:
        return None


def leesbaar(map_: Path) -> None:
    """Folders 0755 and files 0644: a web server running as another user can read the site."""
    map_.chmod(0o755)
    for wortel, mappen, bestanden in os.walk(map_):
        for m in mappen:
            os.chmod(os.path.join(wortel, m), 0o755)
        for b in bestanden:
            pad = os.path.join(wortel, b)
            if not os.path.islink(pad):
                os.chmod(pad, 0o644)


def ruim_resten_op(map_: Path) -> None:
    """Remove temporary build folders of builds that no longer run (killed, crashed)."""
    for rest in map_.glob(f"{VOORVOEGSEL}*"):
        pid = rest.name[len(VOORVOEGSEL):].partition("-")[0]
        if not (pid.isdigit() and _leeft(int(pid))):
            shutil.rmtree(rest, ignore_errors=True)


def _leeft(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def main() -> int:
    p = argparse.ArgumentParser(description="Bouw website en pdf (veilig: site/ wordt pas vervangen als alles lukt).")
    p.add_argument("--site-dir", help="standaard site/, of site-<inrichting>/ voor een eigen editie")
    p.add_argument("--zonder-pdf", action="store_true", help="alleen de website bouwen")
    p.add_argument("--offline", action="store_true", help="offline-editie (werkt vanaf file://)")
    a = p.parse_args()
    locatie = os.environ.get(LOCATIE, "").strip()
    map_ = "site"
    if locatie:  # the edition of one inrichting: its own folder, the national site/ stays as it is
        from handreiking.controles import InhoudFout
        try:
            map_ = f"site-{editie(locatie)}"
        except InhoudFout as e:
            print(f"Het locatiebestand {locatie} bevat {len(e.bevindingen)} fout(en). Los ze op en bouw opnieuw:\n"
                  + "\n".join(f"  {b}" for b in e.bevindingen), file=sys.stderr)
            return 1
        print(f"Eigen editie voor {locatie}: de website komt in {map_}/.")
    doel = Path(a.site_dir) if a.site_dir else ROOT / map_
    return bouw(doel.resolve(), pdf=not a.zonder_pdf, offline=a.offline, locatie=Path(locatie) if locatie else None)


if __name__ == "__main__":
    sys.exit(main())
