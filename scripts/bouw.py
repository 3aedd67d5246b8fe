"""Build the site and the PDF into a temporary folder; replace site/ only on success.

A failed build (a broken link, bad front matter, a PDF error) leaves the last good
site/ untouched. Used by `make build` and `make offline`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bouw(doel: Path, pdf: bool = True, offline: bool = False, mkdocs: str | None = None) -> int:
    """Run a strict MkDocs build into a temporary sibling of `doel`, then swap it in."""
    mkdocs = mkdocs or str(Path(sys.executable).with_name("mkdocs"))
    env = dict(os.environ, HANDREIKING_PDF="1" if pdf else "0", HANDREIKING_OFFLINE="true" if offline else "false")
    doel.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = Path(tempfile.mkdtemp(prefix=".site-bouw-", dir=doel.parent))
    try:
        resultaat = subprocess.run([mkdocs, "build", "--strict", "--site-dir", str(tijdelijk)], cwd=ROOT, env=env)
        if resultaat.returncode != 0:
            print(f"\nDe bouw is mislukt. De vorige versie in {doel.name}/ is niet aangeraakt.", file=sys.stderr)
            return resultaat.returncode
        oud = doel.with_name(doel.name + ".oud")
        if doel.exists():
            shutil.rmtree(oud, ignore_errors=True)
            doel.rename(oud)
        tijdelijk.rename(doel)
        shutil.rmtree(oud, ignore_errors=True)
        return 0
    finally:
        shutil.rmtree(tijdelijk, ignore_errors=True)


def main() -> int:
    p = argparse.ArgumentParser(description="Bouw website en pdf (veilig: site/ wordt pas vervangen als alles lukt).")
    p.add_argument("--site-dir", default=str(ROOT / "site"))
    p.add_argument("--zonder-pdf", action="store_true", help="alleen de website bouwen")
    p.add_argument("--offline", action="store_true", help="offline-editie (werkt vanaf file://)")
    a = p.parse_args()
    return bouw(Path(a.site_dir).resolve(), pdf=not a.zonder_pdf, offline=a.offline)


if __name__ == "__main__":
    sys.exit(main())
