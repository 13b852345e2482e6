#!/usr/bin/python3
"""Reads a TMX file with translate-toolkit (a real TMX client) and prints one line per unit:
Hindi text, a tab, English text. Exits non-zero if the file cannot be parsed."""
import sys

from translate.storage import tmx

store = tmx.tmxfile.parsefile(sys.argv[1])
store.setsourcelanguage("hi")
store.settargetlanguage("en")
for unit in store.units:
    src = unit.source or ""
    tgt = unit.target or ""
    sys.stdout.write("%s\t%s\n" % (src.replace("\t", " "), tgt.replace("\t", " ")))
