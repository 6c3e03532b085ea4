"""biaslab runs offline: empty NLTK_DATA, no network, nothing downloaded."""
import subprocess
import sys
import textwrap

from conftest import ARTICLE_PATH

GUARD = textwrap.dedent(
    """
    import socket, sys
    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    import nltk
    nltk.download = lambda *a, **k: (_ for _ in ()).throw(RuntimeError("nltk.download called"))
    import biaslab
    a = biaslab.analyze(biaslab.load_article(sys.argv[1]))
    assert a.sentences and a.quotes and a.loaded_terms and a.actors
    print(len(a.sentences), a.frames.dominant)
    """
)


def test_full_analysis_with_empty_nltk_data_and_no_network(tmp_path):
    env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", GUARD, str(ARTICLE_PATH)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["17", "security"]


def test_installed_nltk_data_does_not_change_results(tmp_path):
    """A user's own (here: bogus) NLTK data folder is never consulted."""
    fake = tmp_path / "nltk_data" / "sentiment"
    fake.mkdir(parents=True)
    (fake / "vader_lexicon.zip").write_bytes(b"not a zip")
    code = "import biaslab,json,sys; print(json.dumps(biaslab.analyze(biaslab.load_article(sys.argv[1])).to_dict()['summary']['sentiment']))"
    outs = []
    for data in (tmp_path / "empty", tmp_path / "nltk_data"):
        data.mkdir(exist_ok=True)
        proc = subprocess.run([sys.executable, "-c", code, str(ARTICLE_PATH)], capture_output=True, text=True,
                              env={"NLTK_DATA": str(data), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert outs[0] == outs[1]


def test_results_do_not_depend_on_the_hash_seed(tmp_path):
    """Sets and dicts must never leak iteration order into results."""
    code = ("import biaslab,json,sys; a = biaslab.analyze(biaslab.load_article(sys.argv[1])); "
            "print(json.dumps(a.to_dict(), sort_keys=True))")
    outs = set()
    for seed in ("1", "2"):
        env = {"NLTK_DATA": str(tmp_path), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", code, str(ARTICLE_PATH)], capture_output=True, text=True,
                              env=env, timeout=120)
        assert proc.returncode == 0, proc.stderr
        outs.add(proc.stdout)
    assert len(outs) == 1
