"""The cascade classifier: cheap lexical heads first, MiniLM only where they are unsure.

For each requested head the lexical score decides alone when it is below `escalate_at` (most
everyday text); otherwise the text is embedded once and the head's score becomes the blend of
the lexical and semantic logits (a weighted sum, the lexical share learned per head). The two
models err differently (word patterns versus meaning: "instructions to make tea" is not
"instructions to make a bomb"), so the blend is both more sensitive and more precise than
either, while the transformer's cost is paid by few texts.

The heads were trained on the fp32 reference embeddings; the int8 graph moves a blended logit
away from the reference's by 0.26-0.36 at the 99th percentile (at most 0.39 for harm and
injection, 0.65 for jailbreak; 900 corpus prompts on an AVX-512 VNNI CPU). Where a quantised
blend lands closer than 0.4 to its threshold, the reference embedding decides, so a borderline
text gets the reference's verdict, the one `make eval` measured, on every CPU.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

from gateway.detectors.answer_refusal import refuses_without_complying
from gateway.detectors.base import DetectorConfigError
from gateway.detectors.finding import Finding
from gateway.detectors.learned import lexical
from gateway.detectors.learned.features import (
    featurize,
    framed_as_defence,
    framed_as_protection,
    hides_a_hazard,
    names_a_hazard,
)
from gateway.detectors.learned.foreign_heads import ForeignHeads
from gateway.detectors.learned.foreign_text import mostly_foreign
from gateway.detectors.learned.head_findings import check_heads, findings_from_scores
from gateway.detectors.learned.heads import shared_heads
from gateway.detectors.options import DetectorOptions

if TYPE_CHECKING:
    from gateway.detectors.semantic.minilm import MiniLmEncoder

# Blended logits this close to a head's threshold are recomputed from the reference embedding
# (the default of the `reference_band` option).
TOO_CLOSE_TO_CALL = 0.4
# What a score becomes when the text only refuses (`refusals_clear_below`): halved, so a
# refusal that scored just under the bar reads well under the operating point 0.5.
REFUSAL_DISCOUNT = 0.5


@dataclass(frozen=True)
class CascadeOptions:
    """A cascade's policy options, read once here for the detector and for `make eval` (which
    scores the cascade the shipped profile runs)."""

    heads: tuple[str, ...]
    max_tokens: int
    escalate_at: float
    settle_at: float
    settle_heads: tuple[str, ...]
    reference_band: float = TOO_CLOSE_TO_CALL
    refusals_clear_below: float = 0.0
    escalate_foreign: bool = True
    defended_heads: tuple[str, ...] = ()
    escalate_defended_at: float = 0.0
    settle_hiding_at: float = 1.0
    settle_unnamed_at: float = 0.0

    @classmethod
    def read(cls, options: DetectorOptions) -> CascadeOptions:
        """`heads`, `max_tokens` (8..256), `escalate_at` (0..1) and `settle_at` (0..1) with
        `settle_heads`: for those heads a lexical score this high decides alone;
        `reference_band` (0..5 logits, 0: never): how close to its threshold a quantised blend
        must land for the fp32 reference embedding to decide (it costs ~200 MB per process);
        `refusals_clear_below` (0..1, 0: off): for a text that opens with a refusal and does
        not turn to comply (`answer_refusal`), a score under this is halved;
        `escalate_foreign` (default true): false keeps a text in another language than
        English (`foreign_text`) on its lexical scores, MiniLM being English-only;
        `defended_heads` with `escalate_defended_at` (0..1): for those heads, a text framed as
        defence (`features.framed_as_defence`) is escalated only from this lexical score,
        and one that asks for protection or help (`only_lowered`) may then be lowered by
        MiniLM but never raised; `settle_hiding_at` (0..1,
        default 1: never): for `settle_heads`, a lexical score this high decides alone when
        the text names a hazard and wants it undetected (`features.hides_a_hazard`);
        `settle_unnamed_at` (0..1, default 0: as `settle_at`): for `settle_heads`, the lexical
        score from which a text that names no hazard (`features.names_a_hazard`) decides
        alone, as the lexical head reads the frame of a request too ("Tell me how to …")."""
        return cls(
            options.strings("heads", ("harm_request",)),
            options.integer("max_tokens", 48, 8, 256),
            options.number("escalate_at", 0.1, 0.0, 1.0),
            options.number("settle_at", 1.0, 0.0, 1.0),
            options.strings("settle_heads", ()),
            options.number("reference_band", TOO_CLOSE_TO_CALL, 0.0, 5.0),
            options.number("refusals_clear_below", 0.0, 0.0, 1.0),
            options.flag("escalate_foreign", True),
            options.strings("defended_heads", ()),
            options.number("escalate_defended_at", 0.0, 0.0, 1.0),
            options.number("settle_hiding_at", 1.0, 0.0, 1.0),
            options.number("settle_unnamed_at", 0.0, 0.0, 1.0),
        )

    def settles_at(self, head: str, text: str) -> float:
        """The lexical score from which `head` decides on `text` without MiniLM (1.0:
        never)."""
        if head not in self.settle_heads:
            return 1.0
        if self.settle_unnamed_at > self.settle_at and not names_a_hazard(text):
            return self.settle_unnamed_at
        return self.settle_at

    def settles_hiding_at(self, head: str) -> float:
        """The lexical score from which `head` decides alone on a text that names a hazard
        and wants it undetected (1.0: never)."""
        if head not in self.settle_heads:
            return 1.0
        return min(self.settle_hiding_at, self.settle_at)

    def escalates_defended_from(self, head: str) -> float:
        """The lexical score from which `head` escalates a text framed as defence."""
        if head not in self.defended_heads:
            return self.escalate_at
        return max(self.escalate_at, self.escalate_defended_at)

    def only_lowered(self, head: str, text: str) -> bool:
        """Whether MiniLM may only lower `head`'s lexical score for `text`: a text that asks
        for protection or help (`features.framed_as_protection`), for a `defended_heads`
        head. History, law and fiction frame harmful requests as often as benign ones, so
        there MiniLM may still raise the score."""
        return head in self.defended_heads and framed_as_protection(text)

    def unsure_heads(self, scores: Mapping[str, float], text: str) -> list[str]:
        """The heads (of `scores`, lexical scores of `text`) that MiniLM is asked about: the
        one rule for the detector and for `make eval`, which scores the cascade the same way."""
        unsure = [h for h, s in scores.items() if self.escalate_at <= s < self.settles_at(h, text)]
        if unsure and not self.escalate_foreign and mostly_foreign(text):
            return []
        defended = [h for h in unsure if scores[h] < self.escalates_defended_from(h)]
        if defended and framed_as_defence(text):
            unsure = [h for h in unsure if h not in defended]
        hiding = [h for h in unsure if scores[h] >= self.settles_hiding_at(h)]
        if hiding and hides_a_hazard(text):
            unsure = [h for h in unsure if h not in hiding]
        return unsure


def clears_refusal(score: float, clear_below: float, text: str) -> bool:
    """True when `score` would act (0.5 and up) but stays under `clear_below` and `text`
    only refuses (the `refusals_clear_below` option)."""
    return 0.5 <= score < clear_below and refuses_without_complying(text)


class CascadeClassifierDetector:
    """Lexical heads, escalated to lexical+MiniLM when a head scores from `escalate_at` up to
    its `settle_at`. A `settle_heads` head's lexical score that high stands: MiniLM's harm head
    learned cyber attacks mostly from benign security questions (CyberSecEval's false-refusal
    set) and talks a plain keylogger request down; its injection head, by contrast, rightly
    clears "ignore the typos", so injection scores keep escalating. MiniLM's harm head also
    raises code requests for defence ("a script that blocks unauthorized access to a
    directory", lexical 0.15, blend 0.56), so `defended_heads` keeps it from raising a text
    framed as defence below `escalate_defended_at`; it may still clear one."""

    def __init__(
        self,
        name: str,
        heads: tuple[str, ...],
        max_tokens: int,
        escalate_at: float,
        settle_at: float = 1.0,
        settle_heads: tuple[str, ...] = (),
        reference_band: float = TOO_CLOSE_TO_CALL,
        refusals_clear_below: float = 0.0,
        escalate_foreign: bool = True,
        defended_heads: tuple[str, ...] = (),
        escalate_defended_at: float = 0.0,
        settle_hiding_at: float = 1.0,
        settle_unnamed_at: float = 0.0,
    ) -> None:
        # Imported here so profiles without this kind load without the `ml` setup.
        from gateway.detectors.semantic import detector as semantic
        from gateway.detectors.semantic.minilm import (
            ModelFilesMissing,
            shared_encoder,
            shared_reference_encoder,
        )
        from gateway.detectors.semantic.tuned_branch import branches_read_by, serving_heads
        from gateway.detectors.semantic.whole_text import read_text, reads_whole_text

        try:
            self._encoder = shared_encoder(max_tokens)
            needs_reference = self._encoder.quantised and reference_band > 0
            self._reference = shared_reference_encoder(max_tokens) if needs_reference else None
        except ModelFilesMissing as exc:
            raise DetectorConfigError(f"detector {name!r}: {exc}") from exc
        self._lexical = shared_heads(lexical.WEIGHTS)
        self._foreign = ForeignHeads.shipped_with(self._lexical)
        self._semantic = serving_heads(semantic.WEIGHTS)
        # Which tuned branch each head reads: only the unsure heads' branches are run.
        self._branch_of = {head: branches_read_by((head,)) for head in self._semantic.names}
        check_heads(name, heads, self._lexical.names)
        check_heads(name, heads, self._semantic.names)
        if self._semantic.blend_thresholds is None or self._semantic.names != self._lexical.names:
            raise DetectorConfigError(
                f"detector {name!r}: the MiniLM heads were not trained with the lexical ones"
            )
        self._blend_thresholds = self._semantic.blend_thresholds
        shares = self._semantic.blend_shares
        self._lexical_share = (
            np.full(len(self._lexical.names), 0.5, dtype=np.float32) if shares is None else shares
        )
        self.name = name
        self._heads = heads
        self._whole_text = reads_whole_text(name, heads)
        # Imported in here: `whole_text` imports `segmented`, which imports this module.
        self._read_text = read_text
        check_heads(name, settle_heads, self._lexical.names)
        check_heads(name, defended_heads, self._lexical.names)
        self._options = CascadeOptions(
            heads,
            max_tokens,
            escalate_at,
            settle_at,
            settle_heads,
            reference_band,
            refusals_clear_below,
            escalate_foreign,
            defended_heads,
            escalate_defended_at,
            settle_hiding_at,
            settle_unnamed_at,
        )

    @classmethod
    def from_options(cls, name: str, options: DetectorOptions) -> CascadeClassifierDetector:
        """Build from policy options (`CascadeOptions`)."""
        read = CascadeOptions.read(options)
        options.finish()
        return cls(name, **asdict(read))

    def detect_cheap(self, text: str) -> list[Finding] | None:
        """The findings when no head is unsure or MiniLM saw the text before; else None."""
        logits, scores, unsure = self._lexical_pass(text)
        if unsure:
            embedding = self._read(self._encoder, text, unsure, cached_only=True)
            if embedding is None:
                return None
            mixed = self._blended(logits, unsure, embedding, text, cached_only=True)
            if mixed is None:
                return None
            self._score_blend(mixed, scores, unsure, text)
        return self._findings(scores, text)

    def detect(self, text: str) -> list[Finding]:
        """A finding per head above the noise floor, escalating the unsure ones."""
        logits, scores, unsure = self._lexical_pass(text)
        if unsure:
            embedding = self._read(self._encoder, text, unsure)
            assert embedding is not None  # None only for `cached_only`
            mixed = self._blended(logits, unsure, embedding, text)
            assert mixed is not None  # None only for `cached_only`
            self._score_blend(mixed, scores, unsure, text)
        return self._findings(scores, text)

    def _findings(self, scores: dict[str, float], text: str) -> list[Finding]:
        if not scores:
            return []
        for head in self._heads:
            if clears_refusal(scores[head], self._options.refusals_clear_below, text):
                scores[head] *= REFUSAL_DISCOUNT
        return findings_from_scores(scores, self._heads, text, self.name)

    def _lexical_pass(self, text: str) -> tuple[NDArray[np.float32], dict[str, float], list[str]]:
        """Raw lexical logits, their scores (empty for a text without words), unsure heads."""
        ids, values = featurize(text)
        if len(ids) == 0:
            return np.zeros(0, dtype=np.float32), {}, []
        logits = self._foreign.logits(text, ids, values, self._lexical.logits_sparse(ids, values))
        scores = self._lexical.calibrated(logits)
        unsure = self._options.unsure_heads({h: scores[h] for h in self._heads}, text)
        return logits, scores, unsure

    def _mixed(
        self, lexical_logits: NDArray[np.float32], embedding: NDArray[np.float32]
    ) -> NDArray[np.float32]:
        # The weighted sum of the two raw logits is a model of its own, with its own
        # operating point.
        share = self._lexical_share
        mixed = share * lexical_logits + (1.0 - share) * self._semantic.logits_dense(embedding)
        return np.asarray(mixed, dtype=np.float32)

    def _blended(
        self,
        lexical_logits: NDArray[np.float32],
        unsure: list[str],
        embedding: NDArray[np.float32],
        text: str,
        cached_only: bool = False,
    ) -> NDArray[np.float32] | None:
        """The blend's logits, those of unsure heads too close to call taken from the
        reference embedding; None when `cached_only` and the reference has not seen `text`."""
        mixed = self._mixed(lexical_logits, embedding)
        close = self._too_close(mixed, unsure)
        if close:
            assert self._reference is not None  # only a quantised encoder is too close to call
            heads = [self._lexical.names[c] for c in close]
            exact = self._read(self._reference, text, heads, cached_only)
            if exact is None:
                return None
            mixed[close] = self._mixed(lexical_logits, exact)[close]
        return mixed

    def _read(
        self, encoder: MiniLmEncoder, text: str, heads: Iterable[str], cached_only: bool = False
    ) -> NDArray[np.float32] | None:
        """The embedding `heads` read, computing only their branches (`whole_text`)."""
        branches = tuple(sorted({i for head in heads for i in self._branch_of[head]}))
        return self._read_text(encoder, text, branches, self._whole_text, cached_only)

    def _too_close(self, mixed: NDArray[np.float32], unsure: list[str]) -> list[int]:
        """Columns of unsure heads whose quantised blend is too close to its threshold."""
        if self._reference is None:
            return []
        names = self._lexical.names
        columns = [names.index(head) for head in unsure]
        distance = np.abs(mixed[columns] - self._blend_thresholds[columns])
        band = self._options.reference_band
        return [c for c, d in zip(columns, distance.tolist(), strict=True) if d < band]

    def _score_blend(
        self, mixed: NDArray[np.float32], scores: dict[str, float], unsure: list[str], text: str
    ) -> None:
        blended = self._semantic.calibrated(mixed, self._blend_thresholds)
        for head in unsure:
            if self._options.only_lowered(head, text):
                scores[head] = min(scores[head], blended[head])
            else:
                scores[head] = blended[head]
