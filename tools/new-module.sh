#!/usr/bin/env bash
# Creates a new business module from tools/module-template (docs/architecture.md "Add a feature", ADR 0019):
#   tools/new-module.sh NAME [CHINESE_TITLE [ENGLISH_TITLE]]
# NAME is PascalCase (Funding, IpUse). Writes src/CountyIP/Modules/NAME/ with the module anatomy, its unit and
# integration tests and its role-matrix file, adds the module to Program.cs (at the marker line) and its menu group
# to the shared resources. Checks everything first and changes nothing when NAME is bad or taken.
# It does not add the migration for the module's table: it prints the tools/add-migration.sh command to run next
# (that script builds the app, which you want to do once you have looked at the new files).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
template="$root/tools/module-template"
program="$root/src/CountyIP/Program.cs"
shared="$root/src/CountyIP/Platform/Localization/SharedResource"
marker="// tools/new-module.sh adds new modules above this line"

fail() { echo "new-module.sh: $*" >&2; echo "Nothing was changed." >&2; exit 2; }

[ $# -ge 1 ] && [ $# -le 3 ] || { echo "usage: tools/new-module.sh NAME [CHINESE_TITLE [ENGLISH_TITLE]]   (NAME in PascalCase, e.g. Funding)" >&2; exit 2; }
name=$1
# PascalCase: a capital letter, then letters and digits, each word starting with a capital (C# namespace and type
# names are built from it). Up to 40 characters keeps table and file names readable.
if ! [[ $name =~ ^[A-Z][a-z0-9]+([A-Z][a-z0-9]*)*$ ]] || [ ${#name} -gt 40 ]; then
  fail "'$name' is not a PascalCase module name (letters and digits, starting with a capital, e.g. Funding or IpUse)."
fi
case $name in
  Platform|Modules|Module|Program|Shared|CountyIP|Tests) fail "'$name' names a part of the application, not a module." ;;
esac
# en default "Ip Use" for IpUse; zh default is a placeholder to rename with tools/resx.py.
en_title=${3:-$(sed -E 's/([a-z0-9])([A-Z])/\1 \2/g' <<<"$name")}
zh_title=${2:-新模块}
kebab=$(sed -E 's/([a-z0-9])([A-Z])/\1-\2/g' <<<"$name" | tr '[:upper:]' '[:lower:]')
snake=${kebab//-/_}

[ -d "$template" ] || fail "the template folder $template is missing."
[ -d "$root/src/CountyIP/Modules/$name" ] && fail "the module $name already exists (src/CountyIP/Modules/$name)."
for existing in "$root"/src/CountyIP/Modules/*/; do
  other=$(basename "$existing")
  [ "${other,,}" = "${name,,}" ] && fail "a module named $other already exists; names may not differ only in case."
done
grep -q "$marker" "$program" || fail "the marker line '$marker' is missing from src/CountyIP/Program.cs."
grep -q "new ${name}Module()" "$program" && fail "Program.cs already lists ${name}Module."
grep -q "\"Menu_Group_${name}\"" "$shared.resx" && fail "the shared resources already hold Menu_Group_${name}."
while IFS= read -r -d '' file; do
  target="$root/${file#"$template"/}"
  target=${target//__Module__/$name}
  [ -e "$target" ] && fail "${target#"$root"/} already exists."
done < <(find "$template" -type f -print0)
grep -rqi "\"/$kebab/\|\"/api/$kebab/\|\"/api/$kebab\"" "$root/src/CountyIP/Modules" && fail "the routes /$kebab and /api/$kebab are already used by another module."

# --- Checked: now write. -----------------------------------------------------------------------------------------
NAME="$name" KEBAB="$kebab" SNAKE="$snake" EN="$en_title" ZH="$zh_title" ROOT="$root" TEMPLATE="$template" \
MARKER="$marker" python3 - <<'PY'
import os, re
env = os.environ
name, root, template = env["NAME"], env["ROOT"], env["TEMPLATE"]
values = {"__Module__": name, "__module__": env["KEBAB"], "__module_sql__": env["SNAKE"],
          "__ModuleEn__": env["EN"], "__ModuleZh__": env["ZH"]}
# Longest placeholder first: __module_sql__ before __module__.
pattern = re.compile("|".join(re.escape(k) for k in sorted(values, key=len, reverse=True)))
written = []
for folder, _, files in os.walk(template):
    for file in sorted(files):
        source = os.path.join(folder, file)
        target = os.path.join(root, pattern.sub(lambda m: values[m.group(0)], os.path.relpath(source, template)))
        with open(source, encoding="utf-8") as f:
            text = f.read()
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(pattern.sub(lambda m: values[m.group(0)], text))
        written.append(os.path.relpath(target, root))

program = os.path.join(root, "src/CountyIP/Program.cs")
with open(program, encoding="utf-8") as f:
    lines = f.read().split("\n")
marker_at = next(i for i, l in enumerate(lines) if env["MARKER"] in l)
indent = lines[marker_at][: len(lines[marker_at]) - len(lines[marker_at].lstrip())]
lines.insert(marker_at, f"{indent}new {name}Module(),")
# The using goes among the module usings, in order (compared without the ';' so Registry sorts before Registry.Demo).
using = f"using CountyIP.Modules.{name};"
usings = [i for i, l in enumerate(lines) if l.startswith("using CountyIP.Modules.")]
at = next((i for i in usings if lines[i][:-1] > using[:-1]), usings[-1] + 1)
lines.insert(at, using)
with open(program, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print("\n".join("  created " + w for w in sorted(written)))
print("  changed src/CountyIP/Program.cs")
PY
python3 "$root/tools/resx.py" "$shared" "Menu_Group_${name}" "$en_title" "$zh_title"
echo "  changed src/CountyIP/Platform/Localization/SharedResource(.zh-CN).resx (menu group Menu_Group_${name})"

cat <<NEXT

Module $name created (pages /$kebab/items, API /api/$kebab/items, table ${snake}_items, policy $name.Manage).
Next steps (docs/architecture.md "Add a feature"):
  1. tools/add-migration.sh Add${name}Module          # the module's table, in both migration sets
  2. dotnet build CountyIP.slnx -c Release -nologo -v q
  3. dotnet test tests/CountyIP.UnitTests -c Release --no-build --filter "FullyQualifiedName~Architecture|FullyQualifiedName~CountyIP.UnitTests.$name"
     dotnet test tests/CountyIP.IntegrationTests -c Release --no-build --filter "FullyQualifiedName~CountyIP.IntegrationTests.$name|FullyQualifiedName~RoleMatrix"
  4. Rename the sample item (Domain/${name}Item.cs and the files named after it) to the module's first real record;
     titles: tools/resx.py src/CountyIP/Platform/Localization/SharedResource Menu_Group_${name} "English" "中文"
NEXT
if [ $# -lt 2 ]; then
  echo "  (no Chinese title given: the menu group shows 新模块 until you set Menu_Group_${name} with tools/resx.py)"
fi
