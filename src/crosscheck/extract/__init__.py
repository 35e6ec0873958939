"""Propose the claims an article states: each figure, what it counts, who says so, and when.

The extractor reads the body sentence by sentence, one module per step:

- `regexcache`: the compiled programs of the patterns, kept between processes;
- `lexicon`: the compiled vocabulary (data/extract.yaml, kinds.yaml, qualifiers.yaml, vague.yaml,
  units.yaml) and the quick word index that lets a scan skip sentences that cannot match;
- `sentences`: paragraphs (page furniture left out), sentences, open quotation marks;
- `figures`: digits, number words, vague quantities and ranges, with their hedges and units;
- `dates`: dates named in a sentence, and the date each figure is as of;
- `parties`: the noun phrase a figure counts and whose people they are;
- `kinds`: what a figure counts (an event verb near it beats the noun it counts);
- `places`: where a figure's event is;
- `speakers`: who says so ("X said", "said X", "according to X", "AGENCY quoted X as saying");
- `entries`: one YAML-form entry per figure and date, and the merge with claims on file.

The words it relies on are data; the rules are about English sentence shape only.
`extract_article` is pure: text in, entries out.
"""

from crosscheck.extract.regexcache import kept

# (the rules' patterns, compiled as the modules are imported: from their kept programs)
with kept():
    from crosscheck.extract.entries import extract_article, merge
    from crosscheck.extract.lexicon import lexicon
    from crosscheck.extract.sentences import check_article

__all__ = ["check_article", "extract_article", "lexicon", "merge"]
