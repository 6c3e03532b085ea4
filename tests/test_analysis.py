"""The whole pipeline: one call, every span traceable, JSON-serialisable."""
import gc
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import biaslab
from conftest import ARTICLE_PATH


@pytest.fixture(scope="module")
def analysis():
    return biaslab.analyze(biaslab.load_article(ARTICLE_PATH))


def _all_spans(a):
    yield from a.paragraphs
    yield from a.sentences
    yield from a.quotes
    yield from a.loaded_terms
    for actor in a.actors:
        yield from actor.mentions
        yield from actor.descriptors
    for s in a.frames.sentences:
        yield from s.cues


def test_every_span_points_at_its_text(analysis):
    spans = list(_all_spans(analysis))
    kinds = {type(s).__name__ for s in spans}
    assert {"Span", "SentenceAnalysis", "Quote", "LoadedTerm", "Mention", "Descriptor", "FrameCue"} <= kinds
    for span in spans:
        assert analysis.text[span.start:span.end] == span.text


def test_to_dict_is_json_and_complete(analysis):
    data = json.loads(json.dumps(analysis.to_dict()))
    assert data["id"] == "putin-syria-withdrawal-2017-12-11"
    assert len(data["sentences"]) == 17
    assert data["summary"]["quotes"]["total"] == 5
    assert data["summary"]["dominant_frame"] == "security"
    assert data["lexicon_version"] and data["biaslab_version"] == biaslab.__version__


def test_bundled_article_headline_measures(analysis):
    kinds = sorted(q.kind for q in analysis.quotes)
    assert kinds == ["direct", "direct", "partial", "partial", "scare"]
    author = [t.text for t in analysis.loaded_terms if t.voice == "author"]
    quoted = [(t.text, t.speaker) for t in analysis.loaded_terms if t.voice == "quoted"]
    assert author == ["Basically", "liberated", "strong man", "bloody", "“civil war”", "noting", "ASAP",
                      "swift and strong", "like never seen before", "most importantly"]
    assert quoted == [("battle-hardened", "Vladimir Putin"), ("terrorists", "Vladimir Putin")]
    putin, mattis = analysis.actor("Putin"), analysis.actor("Mattis")
    assert (len(putin.mentions), len(mattis.mentions)) == (11, 2)


def test_actors_argument_and_analyze_on_plain_text():
    a = biaslab.analyze("Ivanov said the talks failed. “We are done,” Ivanov told reporters.",
                        actors={"Dmitry Ivanov": ["Ivanov"]})
    assert a.quotes[0].speaker == "Dmitry Ivanov"
    assert a.article.title is None


def test_tables(analysis):
    df = analysis.sentences_frame()
    assert len(df) == 17 and {"vader_compound", "polarity", "frame"} <= set(df.columns)
    assert df["loaded_author"].sum() + df["loaded_quoted"].sum() == len(analysis.loaded_terms)
    partial = df[df["text"].str.contains("battle-hardened")].iloc[0]
    assert (partial["loaded_author"], partial["loaded_quoted"]) == (0, 2)
    assert len(analysis.quotes_frame()) == 5
    terms = analysis.terms_frame()
    assert set(terms["voice"]) == {"author", "quoted"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab cA.“”\"'’\n,:—Putin said")), min_size=1, max_size=300)
       .filter(lambda t: t.strip()))
def test_arbitrary_text_never_crashes_and_offsets_hold(text):
    a = biaslab.analyze(text, actors={"Vladimir Putin": ["Putin"]})
    for span in _all_spans(a):
        assert a.text[span.start:span.end] == span.text
    json.dumps(a.to_dict())


def test_tables_keep_their_columns_when_empty():
    a = biaslab.analyze("The minister met the delegation on Monday.")
    assert a.quotes_frame().empty and {"start", "end", "kind", "speaker"} <= set(a.quotes_frame().columns)
    assert a.terms_frame().empty and {"start", "category", "voice"} <= set(a.terms_frame().columns)
    assert set(biaslab.analyze("A “so-called” deal.").quotes_frame().columns) >= set(a.quotes_frame().columns)


def test_detected_speakers_are_credited_everywhere():
    text = ("Gen. Sergey Surovikin spoke at the base. “The terrorists are beaten,” Surovikin said. "
            "Reporters listened.")
    a = biaslab.analyze(text)
    quote = a.quotes[0]
    assert quote.speaker == "Sergey Surovikin"
    assert a.summary["speakers"]["Sergey Surovikin"]["quotes"] == 1
    term = next(t for t in a.loaded_terms if t.text == "terrorists")
    assert (term.voice, term.speaker) == ("quoted", "Sergey Surovikin")
    near = a.actor("Surovikin").loaded_near.quoted
    assert [(t.text, t.speaker) for t in near] == [("terrorists", "Sergey Surovikin")]


@pytest.mark.parametrize("path", sorted(ARTICLE_PATH.parent.glob("*.txt")), ids=lambda p: p.stem)
@pytest.mark.parametrize("collector_on", [True, False])
def test_analysis_leaves_no_reference_cycles_and_the_collector_as_it_was(path, collector_on):
    # analyze pauses the cyclic garbage collector, which is only safe while an analysis
    # leaves nothing for it: every object it made must be freed by reference counting
    article = biaslab.load_article(path)
    biaslab.analyze(article)  # resources loaded
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        result = biaslab.analyze(article, actors={"Vladimir Putin": ["the Kremlin leader"]})
        json.dumps(result.to_dict())
        del result
        assert gc.collect() == 0
        (gc.enable if collector_on else gc.disable)()
        biaslab.analyze(article)
        assert gc.isenabled() == collector_on
    finally:
        (gc.enable if was else gc.disable)()
