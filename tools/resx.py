#!/usr/bin/env python3
"""Add or update UI strings in a resx pair (English neutral .resx + Chinese .zh-CN.resx).

Usage: tools/resx.py path/to/Name  KEY "English" "中文" [KEY "English" "中文" ...]
Creates the pair when missing; keeps keys sorted so diffs stay small and both languages stay in step.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def load(path):
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    return {d.get('name'): (d.find('value').text or '') for d in root.findall('data')}

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{esc(k)}" xml:space="preserve"><value>{esc(entries[k])}</value></data>\n')
        f.write('</root>\n')

def main():
    base, args = sys.argv[1], sys.argv[2:]
    if len(args) % 3:
        sys.exit('arguments come in threes: KEY English 中文')
    en, zh = load(base + '.resx'), load(base + '.zh-CN.resx')
    for i in range(0, len(args), 3):
        k, e, z = args[i:i+3]
        en[k], zh[k] = e, z
    save(base + '.resx', en)
    save(base + '.zh-CN.resx', zh)

if __name__ == '__main__':
    main()
