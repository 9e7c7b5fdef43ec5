# Saves BPMN/DMN files one element per line, indented two spaces: python3 .ci/format-models.py processes/*.bpmn processes/*.dmn
import re, sys, xml.etree.ElementTree as ET
for path in sys.argv[1:]:
    src = open(path, encoding='utf-8').read()
    for prefix, uri in re.findall(r'xmlns:?([A-Za-z0-9_]*)="([^"]+)"', src):
        ET.register_namespace(prefix, uri)
    tree = ET.ElementTree(ET.fromstring(src, parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True))))
    ET.indent(tree, space='  ')
    out = ET.tostring(tree.getroot(), encoding='unicode')
    open(path, 'w', encoding='utf-8').write('<?xml version="1.0" encoding="UTF-8"?>\n' + out + '\n')
