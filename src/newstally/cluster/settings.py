"""The clusterer's thresholds and weights, with their defaults."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterSettings:
    """Thresholds and weights of the clusterer, with their defaults.

    Two reports are linked when :func:`newstally.cluster.score.link` says so; events are the
    connected groups of linked reports.
    """

    #: Minimum score for two reports to be linked (one incident).
    threshold: float = 0.47
    #: Below this cosine two reports are never linked, whatever their days and places.
    min_cosine: float = 0.12
    #: Reports of at most ``short_terms`` words (headlines, citations) share few words even
    #: when they tell of one incident: their day bonus is multiplied by ``short_time`` and their
    #: cosine needs only to reach ``min_cosine_short``.
    short_terms: int = 14
    short_time: float = 2.0
    #: Day bonus of two short reports (0, 1, 2 ... days apart), when above ``short_time`` times
    #: ``day_bonus``: headlines of one incident follow each other for a week.
    short_day_bonus: tuple[float, ...] = (0.40, 0.34, 0.30, 0.26, 0.22, 0.18, 0.14, 0.10)
    min_cosine_short: float = 0.12
    #: Two short reports at most ``same_kind_days`` apart whose titles name the same kind of
    #: attack (fire, bomb, shooting, stabbing, poison), in any words, add ``same_kind`` to
    #: their cosine.
    same_kind: float = 0.15
    #: The same for titles naming one kind of target or attacker (police, soldiers, a mosque,
    #: an abortion clinic, eco-extremists ...) in any words, when they share a word.
    same_target: float = 0.15
    #: Two short reports of a court case (plea, verdict, sentence) at most ``court_days`` apart
    #: and sharing a word add ``same_court`` to their cosine, unless they name other kinds of attack.
    same_court: float = 0.15
    court_days: int = 2
    #: A court report months after its incident that shares at least two of its words, with a
    #: cosine of at least ``court_topic`` once the words of the aftermath (arrest, charges,
    #: sentence) are left aside, is a follow-up of it (:func:`~.score.court_topic`) and earns
    #: ``same_court``.
    court_topic: float = 0.45
    #: ... or shares at least this many words that say more than a kind of attack or target,
    #: however common each one is (a place, a target and the suspect's quoted words).
    court_words: int = 3
    #: Words at least this rare (idf; about one in 30,000 words of English: "Sikh",
    #: "supremacist", "recruiter") are uncommon: such a court report shares one of them.
    uncommon_weight: float = 3.5
    same_kind_days: int = 7
    #: Two short reports up to ``kind_late_days`` apart that share words and one kind of attack
    #: (a reward offered, the FBI's finding) earn ``same_kind`` too, and the day bonus
    #: ``kind_day_bonus`` (``same_kind_days`` + 1, + 2 ... days apart) instead of a penalty.
    kind_late_days: int = 14
    kind_day_bonus: tuple[float, ...] = (0.09, 0.08, 0.07, 0.06, 0.05, 0.04, 0.03)
    #: A round-up of the day's news ("News in brief from ...") joins a headline published at
    #: most this many days from it, in its region (:func:`~.score.roundup_of`).
    roundup_days: int = 0
    #: Two coder's notes of the same days placed in one town tell of one incident only when what
    #: they say besides the town (their topic cosine) reaches this: a note tells its incident
    #: whole (who, what, whom), and a town has many incidents a day (two protests in one city).
    note_topic: float = 0.3
    #: Weight of the cosine (0..1) of the two reports' word vectors in the score.
    text_weight: float = 1.0
    #: Bonus by distance in days between the two reports' dates (0, 1, 2 ...).
    day_bonus: tuple[float, ...] = (0.20, 0.14, 0.06, 0.0)
    #: Beyond ``late_days``, the penalty grows by this much per doubling of the distance.
    late_penalty: float = 0.10
    late_days: int = 4
    #: The penalty stops growing here: months later, a report may still be a follow-up.
    max_late_penalty: float = 0.45
    #: Share of the late penalty waived for a follow-up report (arrest, charges, trial,
    #: sentence, inquest, funeral) that shares rare words (names, places) with the other.
    follow_up_relief: float = 1.0
    follow_up_days: int = 730
    #: Reports more than this many days apart are linked only as a follow-up.
    recent_days: int = 30
    #: Words with at least this weight per mention (rarer than about one in a million words of
    #: English: names, mostly) are rare: a follow-up needs ``follow_up_rare`` of them in common
    #: (one fewer when it names the same town).
    rare_weight: float = 4.5
    follow_up_rare: int = 2
    #: A word at least this rare (about one in three million words of English: "ricin", most
    #: surnames) counts as ``follow_up_rare`` rare words on its own when both titles name one
    #: kind of attack (a surname alone names a family, not its incident).
    rarest_weight: float = 5.0
    #: A name of several capitalised words is one unit when the idf of its words adds up to
    #: ``name_weight`` (a rare acronym when its own reaches ``acronym_weight``): sharing one
    #: counts as ``follow_up_rare`` rare words, and earns ``same_name``.
    name_weight: float = 6.0
    acronym_weight: float = 3.5
    same_name: float = 0.15
    #: Bonus for sharing a town or district; penalty when both name only different ones.
    same_place: float = 0.15
    other_place: float = 0.15
    #: Bonus when the two name one state or province, or a town or district in it ("Columbus"
    #: and "Ohio"), and share no town.
    same_state: float = 0.08
    #: Two short reports at most ``same_kind_days`` apart so placed add this to their cosine
    #: (headlines of one incident name its town, then its state).
    same_state_short: float = 0.15
    #: Penalty when the two name only different countries.
    other_country: float = 0.15
    #: Penalty when the two state days of occurrence more than ``other_day_after`` days apart
    #: (closer, the later one is mostly the day of a statement about the same incident).
    other_day: float = 0.25
    other_day_after: int = 3
    #: Bonus for the same non-zero best figure of the same category.
    same_figure: float = 0.08
    #: Shingle resemblance (Jaccard or containment) at or above which two reports are copies
    #: of one source, when published at most ``duplicate_days`` apart.
    duplicate: float = 0.3
    duplicate_days: int = 7
    #: Copies share most words: below this cosine two reports are never copies (template
    #: reports that differ in their names and places are not copies).
    duplicate_cosine: float = 0.5
    #: Words per shingle for near-duplicate detection, and sketch size (bottom-k hashes).
    shingle: int = 5
    sketch_size: int = 64
    #: Reports in different languages (:func:`~.score.across_languages`): at most ``cross_days``
    #: apart; a shared town or district earns ``cross_place`` (only a shared province
    #: ``cross_region``), each of up to two equal figures ``cross_figure``, a shared name
    #: ``cross_name``, plus the day bonus; they join at ``threshold``.
    cross_days: int = 2
    cross_place: float = 0.25
    cross_region: float = 0.1
    cross_figure: float = 0.2
    cross_name: float = 0.2
    #: Characters of the report's own paragraphs read as its lead, after the title.
    lead_chars: int = 2000
    #: Words kept per report, and the weight from which a word is used to find candidates.
    max_terms: int = 40
    probe_weight: float = 3.0
    #: At most this many index words per report (its rarest): reports are compared when they
    #: share one of them or a town.
    probe_terms: int = 20
    #: Events with no report within this many days of the newest report leave memory (they
    #: stay in the store and are loaded back when an older report arrives).
    horizon_days: int = 800
