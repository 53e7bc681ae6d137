"""The package is the pipeline: stages import only the stages before them, no import circles, no private
names taken from another module, rooms of a livable size, and every word of a language in its pack."""
import ast
import re
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
# the stages in the order data flows; a module may import its own stage and the ones before it
STAGES = ["util", "errors", "lang", "read", "reference", "mentions", "facts", "graph", "store", "ask", "pipeline",
          "cli"]
RANK = {"util": 0, "errors": 0, **{s: i for i, s in enumerate(STAGES) if s not in ("util", "errors")}}
PACKS = ("lang/en/", "lang/bg/", "lang/ru/", "lang/cyrillic.py")


def _modules() -> dict[str, Path]:
    out = {}
    for f in KG.rglob("*.py"):
        parts = list(f.relative_to(KG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


MODULES = _modules()


def _imports(mod: str, f: Path):
    """(imported module, imported name or None) of every import in ``mod``, functions' ones too."""
    for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name, None
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = mod.split(".") if f.name == "__init__.py" else mod.split(".")[:-1]
                base = base[:len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module
            for a in node.names:
                full = f"{name}.{a.name}"
                yield (full if full in MODULES else name), a.name


def _graph() -> dict[str, set]:
    edges: dict[str, set] = {}
    for mod, f in MODULES.items():
        for target, _ in _imports(mod, f):
            while target not in MODULES and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in MODULES and target != mod:
                edges.setdefault(mod, set()).add(target)
    return edges


def _stage(mod: str):
    parts = mod.split(".")
    return RANK.get(parts[1]) if len(parts) > 1 else None


def test_no_import_circles():
    edges = _graph()
    state: dict[str, int] = {}

    def visit(m, path):
        state[m] = 1
        for n in edges.get(m, ()):
            if state.get(n) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(n):] + [n]))
            if n not in state:
                visit(n, path + [n])
        state[m] = 2

    for m in MODULES:
        if m not in state:
            visit(m, [m])


def test_a_stage_imports_only_the_stages_before_it():
    bad = [f"{a} -> {b}" for a, bs in _graph().items() for b in bs
           if _stage(a) is not None and _stage(b) is not None and _stage(b) > _stage(a)]
    assert not bad, bad


def test_no_private_names_from_other_modules():
    bad = [f"{mod}: {target}.{name}" for mod, f in MODULES.items() for target, name in _imports(mod, f)
           if name and name.startswith("_") and not name.startswith("__") and target.startswith("kg")]
    assert not bad, bad


def test_rooms_of_a_livable_size():
    big = []
    for mod, f in MODULES.items():
        text = f.read_text(encoding="utf-8")
        if len(text.splitlines()) > 400:
            big.append(f"module {mod}: {len(text.splitlines())} lines")
        tree = ast.parse(text)
        if ast.get_docstring(tree) is None:
            big.append(f"module {mod}: no docstring")
        for node in ast.walk(tree):
            size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
            if isinstance(node, ast.ClassDef) and size > 200:
                big.append(f"class {mod}.{node.name}: {size} lines")
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and size > 80:
                big.append(f"function {mod}.{node.name}: {size} lines")
    assert not big, big


def _string_constants(tree):
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


@pytest.mark.parametrize("mod", sorted(m for m, f in MODULES.items()
                                       if not str(f.relative_to(KG)).startswith(PACKS + ("lang/script.py",))))
def test_shared_code_holds_no_word_of_a_language(mod):
    """Cyrillic only in the packs (and the script tables); no pattern of English words outside kg/lang:
    the patterns shared code holds are structure (spaces, digits, punctuation), HTML or SPARQL."""
    tree = ast.parse(MODULES[mod].read_text(encoding="utf-8"))
    for node in _string_constants(tree):
        v = node.value
        assert not re.search("[\u0400-\u04ff]", v), f"{mod}:{node.lineno}: {v!r}"
        if re.search(r"\\[bswd]|\(\?[:<=!P]", v):   # a regular expression
            words = re.findall(r"(?<![\\?<])\b[a-z]{3,}\b", re.sub(r"\\[a-zA-Z]|\(\?P<\w+>", "", v))
            technical = {"html", "doctype", "link", "script", "href", "src", "https", "error", "param", "without"}
            assert set(words) <= technical, f"{mod}:{node.lineno}: {v!r}"


def test_every_name_a_pack_defines_is_a_slot_of_the_interface():
    from kg.lang import packs
    from kg.lang.base import SLOTS

    for p in packs():
        assert p.defined() <= set(SLOTS), (p.code, p.defined() - set(SLOTS))
    assert set(SLOTS) <= set().union(*(p.defined() for p in packs()))


def test_every_data_file_of_the_package_is_installed():
    """A wheel holds the package data pyproject.toml names: every non-Python file under kg/ must match one
    of its globs (leaders.tsv was missed once: installed from a wheel, dipkg knew no office holders)."""
    import fnmatch
    import subprocess
    tomllib = pytest.importorskip("tomllib")     # Python 3.11 and later

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    globs = project["tool"]["setuptools"]["package-data"]
    files = subprocess.run(["git", "ls-files", "kg"], cwd=root, capture_output=True, text=True).stdout.split()
    if not files:
        files = [str(p.relative_to(root)) for p in (root / "kg").rglob("*") if p.is_file()]
    data = [f for f in files if not f.endswith(".py") and "__pycache__" not in f]
    assert data, "no data files found under kg/"
    for f in data:
        ok = any(f.startswith(pkg.replace(".", "/") + "/") and any(
            fnmatch.fnmatch(f[len(pkg) + 1:], g) for g in gs) for pkg, gs in globs.items())
        assert ok, f"{f} is not in pyproject.toml [tool.setuptools.package-data]"


def test_validate_works_from_a_plain_install_target(tmp_path):
    """The ontology and shapes are package data read through importlib.resources, so kg validate works from
    pip install --target (they were looked for under sys.prefix/share, where --target and --user put nothing)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    target = tmp_path / "site"
    p = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                        "--target", str(target), str(root)], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-2000:]
    ttl = tmp_path / "g.ttl"
    ttl.write_text("@prefix dip: <https://w3id.org/dipkg/ontology#> .\n<urn:x> a dip:State .\n", encoding="utf-8")
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import kg; assert kg.__file__.startswith(sys.argv[1]), "
            "kg.__file__; from kg.cli import main; sys.argv = ['kg', 'validate', sys.argv[2]]; main()")
    r = subprocess.run([sys.executable, "-c", code, str(target), str(ttl)], cwd=tmp_path, capture_output=True,
                       text=True, timeout=300)
    assert "no such file" not in r.stdout + r.stderr and "Traceback" not in r.stderr, r.stderr
    assert r.returncode in (0, 1) and ("conforms" in r.stdout or "violations" in r.stderr), (r.stdout, r.stderr)
