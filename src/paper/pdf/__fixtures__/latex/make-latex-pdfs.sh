#!/bin/sh
# Regenerates the PDFs beside this script from their .tex sources with publishers' own LaTeX classes
# (Debian: apt-get install texlive-latex-base texlive-latex-recommended texlive-publishers
# texlive-latex-extra texlive-bibtex-extra texlive-science texlive-fonts-recommended; texlive-fonts-extra for acmart's
# Libertine). Not run in CI: the PDFs are committed, and tests/truth/latex/*.json say what each prints.
# Usage: sh make-latex-pdfs.sh [name ...]   (default: every .tex here except body/abstract)
set -eu
cd "$(dirname "$0")"
names="$*"
if [ -z "$names" ]; then
  names=$(ls *.tex | sed 's/\.tex$//' | grep -v -x -e body -e abstract)
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
for name in $names; do
  cp "$name.tex" body.tex abstract.tex refs.bib "$build/"
  (
    cd "$build"
    # Fixed dates so the same sources give the same PDF.
    export SOURCE_DATE_EPOCH=1767225600 FORCE_SOURCE_DATE=1
    pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" >/dev/null
    bibtex "$name" >/dev/null
    pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" >/dev/null
    pdflatex -interaction=nonstopmode -halt-on-error "$name.tex" >/dev/null
  ) || { echo "$name: failed, see $build/$name.log" >&2; trap - EXIT; exit 1; }
  cp "$build/$name.pdf" "$name.pdf"
  echo "$name.pdf: $(wc -c < "$name.pdf") bytes, $(pdfinfo "$name.pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages"
done
