#!/usr/bin/env python3
"""Lists the parenthesised groups of the gloss evaluation set, with context, for annotation.

Usage: python3 candidates.py CORPUS_DIR [rest]

Prints one line per group to stdout: number, file:line:column of the '(' (1-based, code points)
and a short context. Nothing is written into the repository: the corpus is CC BY-NC and only
positions and labels are stored (annotations.tsv).

Sampling (fixed, seeded, see README.md):
  * section text = lines that start with "- " (the bullets of every dialect in the corpus);
  * every '(' on such a line is a group (nested ones too);
  * batch 1: in each of the 17 files, ceil(0.6 * n) of its n groups, drawn with
    random.Random("12:" + relative path);
  * batch 2 ("rest"): the other groups of all files, in the order of a shuffle with
    random.Random("12:rest"). Both batches are in the set (618 groups, every one).
"""
import glob
import math
import os
import random
import sys

SEED = 12
RATIO = 0.6


def groups_by_file(root):
    result = []
    for path in sorted(glob.glob(os.path.join(root, '*', '*', '*.md'))):
        rel = os.path.relpath(path, root).replace(os.sep, '/')
        groups = []
        with open(path, encoding='utf-8') as f:
            for ln, line in enumerate(f.read().split('\n'), 1):
                if line.startswith('- '):
                    groups.extend((rel, ln, i + 1, line) for i, ch in enumerate(line) if ch == '(')
        result.append((rel, groups))
    return result


def strata(root):
    first, rest = [], []
    for rel, groups in groups_by_file(root):
        rnd = random.Random(f"{SEED}:{rel}")
        picked = set(rnd.sample(range(len(groups)), math.ceil(RATIO * len(groups))))
        first.extend(g for i, g in enumerate(groups) if i in picked)
        rest.extend(g for i, g in enumerate(groups) if i not in picked)
    random.Random(f"{SEED}:rest").shuffle(rest)
    return first, rest


def context(line, col):
    i = col - 1
    depth, j = 0, i
    while j < len(line):
        depth += {'(': 1, ')': -1}.get(line[j], 0)
        if depth == 0:
            break
        j += 1
    return f"{line[max(0, i - 45):i]}⟦{line[i:j + 1]}⟧{line[j + 1:j + 8]}"


if __name__ == '__main__':
    first, rest = strata(sys.argv[1])
    chosen = rest if len(sys.argv) > 2 and sys.argv[2] == 'rest' else first
    for n, (rel, ln, col, line) in enumerate(chosen, 1):
        print(f"{n}\t{rel}:{ln}:{col}\t{context(line, col)}")
