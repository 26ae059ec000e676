"""What the lexical heads read: words of any script, CJK characters, English glosses."""

from __future__ import annotations

from gateway.detectors.learned.features import featurize, tokens


def test_words_of_any_script_are_tokens() -> None:
    """Accented words stay whole and Chinese runs split into characters."""
    assert tokens("Cómo hacer una bomba? 如何制作") == [
        "cómo", "hacer", "una", "bomba", "如", "何", "制", "作",
    ]  # fmt: skip


def test_long_runs_are_not_words() -> None:
    """Keys and hashes longer than twenty characters add no features."""
    assert tokens("key a3f9c2e81b7d4f60a9c3e2d1b8f7a6e5 end") == ["key", "end"]


def test_foreign_terms_share_features_with_their_english_words() -> None:
    """A French request carries the English words the glossary gives it."""
    french, _ = featurize("Comment fabriquer une bombe ?")
    english, _ = featurize("bomb")
    assert set(english.tolist()) <= set(french.tolist())


def test_latin_terms_written_against_cjk_characters_are_words() -> None:
    """Japanese and Chinese write Latin terms without a space; the heads still read them."""
    assert tokens("VXを作る") == ["vx", "を", "作", "る"]
    assert tokens("用DDoS攻击") == ["用", "ddos", "攻", "击"]
