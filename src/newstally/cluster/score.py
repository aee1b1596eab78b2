"""Whether two reports tell of one incident: a score that depends on the two reports only.

Because the score of a pair never depends on other reports or on the order they came in, the
events built from it (connected groups of linked reports) are the same whatever the order and
however many runs the reports arrive in.

The evidence, in order of weight:

* **words**: cosine of the two word vectors (title twice, own paragraphs, names 1.5 times,
  weights from general English word frequencies);
* **time**: reports a day or two apart earn a bonus, reports weeks apart a growing penalty; a
  follow-up (arrest, charges, trial, sentence, inquest, funeral) that shares rare words with the
  other report (names and places, mostly) is spared it; an anniversary piece never is;
* **place**: sharing a town or district is evidence for; on the same days, reports that each
  name only other towns or districts in their title and first paragraph, and do not name the
  other's anywhere in their own story, are about different incidents; naming only different
  countries is too;
* **figures**: the same non-zero best value for the same category.

Two reports in different languages share no words: :func:`across_languages` scores them on what
every language shares instead (places through the gazetteer, figures, days, names).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable

from .features import Features, _plain, cluster_words, mentions, resemblance, same_name_word, sound_key
from .settings import ClusterSettings


def gap(a: Features, b: Features) -> int | None:
    """Days between the two reports' date spans (occurrence to publication); None if unknown."""
    sa, sb = a.span, b.span
    if sa is None or sb is None:
        return None
    return max(0, sa[0] - sb[1], sb[0] - sa[1])


def is_copy(a: Features, b: Features, s: ClusterSettings) -> bool:
    """``a`` and ``b`` are copies of one text (syndicated, scraped, written through)."""
    if a.pub is not None and b.pub is not None and abs(a.pub - b.pub) > s.duplicate_days:
        return False
    return resemblance(a.sketch, b.sketch, s.sketch_size) >= s.duplicate


def other_dates(a: Features, b: Features, s: ClusterSettings) -> bool:
    """Both state a full date of occurrence ("On 3 May 2020", "On 4 May 2020"), days apart: two
    incidents, even in the same words (a follow-up weeks later states the day of its own news)."""
    if not (a.exact and b.exact and a.day != b.day):
        return False
    if a.note and b.note:
        return True  # a coder's note dates its own event, aftermath or not
    days = gap(a, b)
    return not ((a.follow_up or b.follow_up) and days is not None and days > s.late_days)


def _harm(f: Features) -> bool:
    """The report states people killed or injured: a deed done, in whatever language."""
    return bool(f.figures.get("killed") or f.figures.get("injured"))


def reported_before(a: Features, b: Features) -> bool:
    """One report was written before the day the other says its incident happened ("a bomb at the
    market on Tuesday", published Tuesday; "a suicide bomber struck a mosque on Thursday"): they
    tell of two incidents. A follow-up's day is its news's (an arrest, a hearing), not the
    incident's; a report saying its incident came earlier ("this week's bombing", written on
    Thursday) was about one before its own day. Only reports that tell of a deed done (their
    first paragraphs name a bomb, a shooting ..., or people killed or injured) are so compared:
    a preview of a speech or a vote comes before its day."""
    if not ((a.deeds or _harm(a)) and (b.deeds or _harm(b))):
        return False
    for x, y in ((a, b), (b, a)):
        if (y.stated and not y.follow_up and y.day is not None and x.latest is not None
                and y.day > x.latest):
            return True
    return False


def other_hours(a: Features, b: Features, s: ClusterSettings) -> bool:
    """The two give their incidents one day but parts of it not next to each other ("on Wednesday
    morning", "on Wednesday night"; "Saturday afternoon", "late on Saturday"): two incidents,
    whatever town and deed they share. A follow-up's hour is its own news's."""
    if not (a.hour and b.hour and a.day is not None and a.day == b.day) or a.follow_up or b.follow_up:
        return False
    if (a.pub is not None and b.pub is not None and abs(a.pub - b.pub) > s.late_days):
        return False
    cycle = list(cluster_words(a.language or "en").day_parts)
    if a.hour not in cycle or b.hour not in cycle:
        return False
    apart = abs(cycle.index(a.hour) - cycle.index(b.hour))
    return min(apart, len(cycle) - apart) > 1


def follows(a: Features, b: Features) -> bool:
    """The later of the two is a follow-up (arrest, charges, trial, inquest, the investigation):
    an aftermath comes after its incident, and a report of an investigation begun the day after
    a fire makes no later fire in its town a follow-up of it."""
    if a.pub is None or b.pub is None or a.pub == b.pub:
        return a.follow_up or b.follow_up
    return (a if a.pub > b.pub else b).follow_up


def respelled(a: Features, b: Features) -> list[tuple[str, str]]:
    """(word of ``a``, word of ``b``): uncommon words that only one of the two writes, each the
    other's spelling of one name (Mohammed / Muhammad, Qaeda / Qaida, Kandahar / Qandahar;
    :func:`~.features.same_name_word`). Each word pairs with one word at most."""
    if not a.spelled or not b.spelled:
        return []
    pairs: list[tuple[str, str]] = []
    used: set[str] = set()
    for ta, wa in a.spellings:
        if ta in b.vector:
            continue
        for tb, wb in b.spellings:
            if tb not in used and tb not in a.vector and same_name_word(wa, wb):
                pairs.append((ta, tb))
                used.add(tb)
                break
    return pairs


def cosine(a: Features, b: Features) -> float:
    """Cosine of the two word vectors; one name spelled two ways is one word."""
    if not a.norm or not b.norm:
        return 0.0
    small, big = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    dot = sum(w * big[t] for t, w in small.items() if t in big)
    dot += sum(a.vector[ta] * b.vector[tb] for ta, tb in respelled(a, b))
    return dot / (a.norm * b.norm)


def topic_cosine(a: Features, b: Features) -> float:
    """Cosine of the two word vectors without the words of the places both name: what the two
    say of their incidents besides where. (A town both name is evidence as a place; in a city of
    many incidents a day, its name in the words is no evidence of one incident.)"""
    skip = a.place_word_set & b.place_word_set
    if not skip:
        return cosine(a, b)
    va = {t: w for t, w in a.vector.items() if t not in skip}
    vb = {t: w for t, w in b.vector.items() if t not in skip}
    na, nb = math.sqrt(sum(w * w for w in va.values())), math.sqrt(sum(w * w for w in vb.values()))
    if not na or not nb:
        return 0.0
    dot = sum(w * vb[t] for t, w in va.items() if t in vb)
    dot += sum(va[ta] * vb[tb] for ta, tb in respelled(a, b) if ta in va and tb in vb)
    return dot / (na * nb)


def shared_name(a: Features, b: Features) -> bool:
    """One report writes a name of several words (or a rare acronym) that the other has too,
    as a name or as capitalised words of a title-case headline (or spelled out in full), in
    whatever spelling of its words."""
    return bool(a.name_set & b.candidate_set or b.name_set & a.candidate_set
                or a.name_sounds & b.candidate_sounds or b.name_sounds & a.candidate_sounds)


def _rare_shared(a: Features, b: Features, s: ClusterSettings) -> int:
    """Rare words in common (one name spelled two ways is one); a court case (charges, plea,
    trial, sentence) that shares a name of several words with the other names its incident as
    well as two rare words would, and so do one very rare word (``rarest_weight``) and one kind
    of attack."""
    pairs = respelled(a, b)
    town = _town_alone(a, b)
    shared = (len(set(a.rare) & set(b.rare) - town)
              + sum(1 for ta, tb in pairs if ta in a.rare and tb in b.rare and ta not in town))
    if (set(a.rarest) & set(b.rarest) - town
            or any(ta in a.rarest and tb in b.rarest and ta not in town for ta, tb in pairs)) \
            and set(a.kinds) & set(b.kinds):
        # one very rare word ("ricin", a surname) and one kind of attack: a surname alone names
        # a family, not its incident ("Kowalczyk sentenced for tax fraud"); a town alone names
        # all its incidents ("Mazar-i-Sharif bombing" months later)
        shared = max(shared, s.follow_up_rare)
    return max(shared, s.follow_up_rare) if (a.court or b.court) and shared_name(a, b) else shared


def _telling(term: str, language: str = "") -> bool:
    """The word says more than the kind of attack or target ("arson", "mosque": many incidents)."""
    words = cluster_words(language or "en")
    return not any(rx.search(term) for rx in (*words.kinds.values(), *words.targets.values()))


def _place_stems(f: Features) -> set[str]:
    """The stems of the words of the places a report names up front ("Grand Forks": ``grand``,
    ``fork``; "Mazar-i-Sharif": ``mazar``, ``sharif``, as the words of a compound are read)."""
    stem = cluster_words(f.language or "en").stem
    return {stem(w) for n in f.place_names for w in re.split(r"[\s\-‐‑–]+", n) if w} | set(f.place_words)


#: A word shared besides the town and the kind of attack says which incident of the town when it
#: is at least this rare (idf: "clinic", "mosque", "library"; not "man", "police").
_OTHER_WORD = 3.0


def _town_alone(a: Features, b: Features) -> set[str]:
    """The words of the places the two name, when those and the kind of attack are all they
    share ("a Grand Forks shooting" months later: a town has many incidents); else nothing ("the
    Missoula clinic fire", "the Bloomington mosque bombing" say which)."""
    from .features import idf

    town = _place_stems(a) | _place_stems(b)
    if not town:
        return set()
    words = cluster_words(a.language or "en")
    for t in a.vector.keys() & b.vector.keys():
        if t not in town and idf(t) >= _OTHER_WORD and not any(rx.search(t) for rx in words.kinds.values()):
            return set()
    return town


def court_topic(a: Features, b: Features, s: ClusterSettings) -> bool:
    """One is a court report (charges, plea, sentence) that names the incident in the other's
    own words: leaving the words of the aftermath aside, the two are mostly the same words, at
    least two of them and one uncommon that is more than a kind of attack or target ("Sikh bus
    driver"; "bomb attempt", "mosque arson" name many incidents), or ``court_words`` ordinary
    ones that are ("airport", "war", "soil": a suspect's words both headlines quote)."""
    if not (a.court or b.court) or not a.topic_norm or not b.topic_norm:
        return False
    as_a = {tb: ta for ta, tb in respelled(a, b)}  # one name spelled two ways is one word
    b_topic = {as_a.get(t, t): w for t, w in b.topic.items()}
    shared = a.topic.keys() & b_topic.keys()
    if len(shared) < 2:
        return False
    town = _town_alone(a, b)
    telling = {t for t in shared if _telling(t, a.language) and t not in town}
    if not (telling & set(a.uncommon) & {as_a.get(t, t) for t in b.uncommon} or len(telling) >= s.court_words):
        return False
    return sum(a.topic[t] * b_topic[t] for t in shared) / (a.topic_norm * b.topic_norm) >= s.court_topic


def _time(days: int | None, s: ClusterSettings) -> float:
    if days is None:
        return 0.0
    if days < len(s.day_bonus):
        return s.day_bonus[days]
    if days <= s.late_days:
        return 0.0
    return -min(s.max_late_penalty, s.late_penalty * math.log2(days / s.late_days))


def _other_places(a: Features, b: Features) -> bool:
    """The two are first about different villages, districts or towns, or name only different
    provinces, and neither names the other's in its title or first two paragraphs."""
    if (a.elsewhere and mentions(a.elsewhere, {"n:" + n for n in b.place_names})) or (
            b.elsewhere and mentions(b.elsewhere, {"n:" + n for n in a.place_names})):
        return True  # "Before Dallas, another shooting ...": not the Dallas shooting
    la, lb = a.local_set, b.local_set
    if la and lb and not la & lb and not (mentions(la, b.mention_set) or mentions(lb, a.mention_set)):
        return True  # other villages, districts or neighbourhoods
    pa, pb = a.primary, b.primary
    if (pa and pb and pa != pb and not (mentions((pa,), b.mention_set) or mentions((pb,), a.mention_set))
            and not (set(a.primary_keys) & b.mention_set or set(b.primary_keys) & a.mention_set)
            and not _one_town(a, b)):
        return True  # each is first about a town the other never names
    if a.place_set & b.place_set or _within(a.place_set, b.place_set):
        return False
    if a.place_set and b.place_set and not (mentions(a.place_set, b.mention_set)
                                            or mentions(b.place_set, a.mention_set)):
        return True
    if a.region_set and b.region_set and not a.region_set & b.region_set:
        return not (mentions(a.region_set, b.mention_set) or mentions(b.region_set, a.mention_set))
    if a.firm_states and b.firm_states and not a.states & b.states:
        return not (mentions(a.place_set | a.region_set, b.mention_set)
                    or mentions(b.place_set | b.region_set, a.mention_set))
    return False


def other_deeds(a: Features, b: Features, s: ClusterSettings) -> bool:
    """Within a few days, the first paragraphs of the two tell of other deeds, none in common (a
    grenade thrown at a police station, mortar shells fired at the airport; a bomb in a bazaar, a
    shopkeeper shot dead): two incidents, whatever place they share."""
    if not (a.deeds and b.deeds) or set(a.deeds) & set(b.deeds):
        return False
    days = gap(a, b)
    return days is not None and days <= s.late_days


def _one_town(a: Features, b: Features) -> bool:
    """The towns the two are first about are one, spelled two ways: the gazetteer reads both
    names as one place, or one lying in the district of the same name ("Beledweyne", "Belet
    Weyne district"), or the names are spellings of one ("Qandahar", "Kandahar")."""
    if a.primary_keys and b.primary_keys and (set(a.primary_keys) & set(b.primary_keys)
                                              or _within(a.primary_keys, b.primary_keys)):
        return True
    wa, wb = (re.sub(r"[^a-z]", "", (p or "")[2:]) for p in (a.primary, b.primary))
    return bool(wa and wb and sound_key(wa) is not None and sound_key(wa) == sound_key(wb))


def _within(pa: Iterable[str], pb: Iterable[str]) -> bool:
    """A gazetteer place of one lies in one of the other's (a town in its district): both may
    name one place ("Belet Weyne", the district, and "Beledweyne", its town)."""
    ga = [k for k in pa if not k.startswith("n:")]
    gb = [k for k in pb if not k.startswith("n:")]
    if not ga or not gb:
        return False
    ua, ub = [_units(k) for k in ga], [_units(k) for k in gb]
    return any(oa in inb or ob in ina for oa, ina in ua for ob, inb in ub)


def _units(key: str) -> tuple[str, set[str]]:
    """A gazetteer key's own unit and the units it lies in (``city:UA:Kharkiv Oblast:Kharkiv
    Raion:Kharkiv`` lies in its province and district)."""
    kind, cc, admin1, admin2, name = (key.split(":", 4) + [""] * 5)[:5]
    inside = {f"1:{cc}:{admin1}"} if admin1 and kind != "admin1" else set()
    if admin2 and kind not in ("admin1", "admin2"):
        inside.add(f"2:{cc}:{admin1}:{admin2}")
    own = (f"1:{cc}:{admin1}" if kind == "admin1" else f"2:{cc}:{admin1}:{name}" if kind == "admin2"
           else f"{kind}:{cc}:{admin1}:{admin2}:{name}")
    return own, inside | {own}


def _related(p: str, q: str) -> bool:
    """Two gazetteer places are one, one lies in the other, or both lie in one district."""
    (op, up), (oq, uq) = _units(p), _units(q)
    if op in uq or oq in up or _plain(p.rsplit(":", 1)[-1]) == _plain(q.rsplit(":", 1)[-1]):
        return True
    return bool({u for u in up if u.startswith("2:")} & {u for u in uq if u.startswith("2:")})


def _finest(keys: tuple[str, ...]) -> list[str]:
    """The gazetteer places among ``keys`` that no other one lies in: "Nacutuco (Mucojo, Cabo
    Delgado)" is about Nacutuco; its province is context."""
    places = [k for k in keys if not k.startswith("n:")]
    units = {k: _units(k) for k in places}
    return [k for k in places
            if not any(q != k and units[k][0] in units[q][1] and units[q][0] != units[k][0] for q in places)]


def _other_ledes(a: Features, b: Features, s: ClusterSettings) -> bool:
    """Within a few days, the first paragraphs of the two are about unrelated places (no town,
    district or province of one lies in the other's), and neither report's own story (its first
    two paragraphs, not its title) names the other's: each tells of its own incident, whatever
    its title or a closing paragraph says of the other ("... as Kharkiv counts its dead",
    "In Zaporizhzhia, guided bombs ...")."""
    ga, gb = _finest(a.lede), _finest(b.lede)
    if not ga or not gb:
        return False
    days = gap(a, b)
    if days is None or days > s.late_days:
        return False
    if any(_related(p, q) for p in ga for q in gb):
        return False
    return not (mentions(_names(a.lede, ga), b.told_set) or mentions(_names(b.lede, gb), a.told_set))


def _names(lede: tuple[str, ...], finest: list[str]) -> list[str]:
    """The names (``n:`` keys) of a first paragraph's places, without those of the places the
    finest ones lie in (a province both name links nothing)."""
    context = {_plain(k.rsplit(":", 1)[-1]) for k in lede if not k.startswith("n:") and k not in finest}
    return [k for k in lede if k.startswith("n:") and k[2:] not in context]


def across_languages(a: Features, b: Features, s: ClusterSettings) -> float:
    """How strongly two reports in different languages look like one incident: a town or
    district both name (a gazetteer key, however each spells it) or at least the same province,
    the same figures, a name both write, within ``cross_days`` days. Their words are never
    compared; naming only other towns, or only other countries, keeps them apart."""
    days = gap(a, b)
    if days is None or days > s.cross_days or other_dates(a, b, s) or reported_before(a, b):
        return -math.inf
    if a.countries and b.countries and not set(a.countries) & set(b.countries):
        return -math.inf
    pa, pb = _gazetteer(a.place_set), _gazetteer(b.place_set)
    if pa and pb and not pa & pb and not (pa & a.mention_set & b.mention_set):
        if not (pa & b.mention_set or pb & a.mention_set):
            return -math.inf  # each names other towns, in whatever spelling
    if pa & pb:
        place = s.cross_place
    elif a.region_set & b.region_set:
        place = s.cross_region
    else:
        return -math.inf  # nothing but figures in common: too little across languages
    same = sum(1 for c, v in a.figures.items() if v and b.figures.get(c) == v)
    figures = min(same, 2) * s.cross_figure
    name = s.cross_name if shared_name(a, b) else 0.0
    return place + _time(days, s) + figures + name


def _gazetteer(keys: frozenset[str]) -> frozenset[str]:
    """The gazetteer's keys among place keys (not the ``n:`` spellings, which differ by language)."""
    return frozenset(k for k in keys if not k.startswith("n:"))


def _in_state(a: Features, b: Features) -> bool:
    """The two name one state or province, or a town or district in it, and no town in common
    (that is ``same_place``)."""
    return bool(a.states & b.states)


def is_short(f: Features, s: ClusterSettings) -> bool:
    """A headline alone, or a titled report of few words: it shares few words with another report
    of the same incident (a note without a title tells its incident whole: actor, deed, target)."""
    return f.headline or (len(f.vector) <= s.short_terms and not f.note)


def roundup_of(a: Features, b: Features, s: ClusterSettings) -> bool:
    """One is a round-up of the day's news ("News in brief from Northern California"), the other
    a headline of that day in the round-up's region (if it names one): a round-up names nothing
    of its incident but its day and region, and is cited for the incident of that day."""
    if a.roundup == b.roundup:
        return False
    r, o = (a, b) if a.roundup else (b, a)
    if not is_short(o, s) or r.pub is None or o.pub is None or abs(r.pub - o.pub) > s.roundup_days:
        return False
    if r.states and o.states and not r.states & o.states:
        return False
    return not (r.countries and o.countries and not set(r.countries) & set(o.countries))


def _same_town(a: Features, b: Features) -> bool:
    """Whether two reports are placed in one town: a place or a place word in common (within one
    country), or one town in two spellings (:func:`_one_town`)."""
    return bool(a.place_set & b.place_set) or _one_town(a, b) or bool(
        a.place_word_set & b.place_word_set and not (a.countries and b.countries
                                                     and not set(a.countries) & set(b.countries)))


def score(a: Features, b: Features, s: ClusterSettings) -> float:
    """How strongly two reports look like one incident (``-inf`` when they cannot be)."""
    if a.language != b.language:
        return across_languages(a, b, s)
    if roundup_of(a, b, s):
        return s.threshold
    days = gap(a, b)
    # a coder's note is half place names ("(Hodan, Mogadishu, Banadir)"): notes of the same days
    # placed in one town are compared on what they say besides its name (the place earns
    # ``same_place`` below; a city has many incidents a day)
    near = days is not None and days <= s.late_days
    one_town = _same_town(a, b) if near and (a.note or b.note) else None  # (else asked at the place step)
    cos = words = topic_cosine(a, b) if one_town else cosine(a, b)
    if one_town and a.note and b.note and cos < s.note_topic:
        return -math.inf  # two notes of one town's day that share little but the town
    short = is_short(a, s) and is_short(b, s)
    same_kind = short and days is not None and bool(set(a.kinds) & set(b.kinds))
    late_kind = same_kind and s.same_kind_days < days <= s.kind_late_days and words >= s.min_cosine_short
    if same_kind and (days <= s.same_kind_days or late_kind):
        # two headlines naming one kind of attack in other words ("arson", "torched")
        cos += s.same_kind
    other_kinds = bool(a.kinds and b.kinds and not set(a.kinds) & set(b.kinds))
    if (short and days is not None and days <= s.same_kind_days and not other_kinds
            and set(a.targets) & set(b.targets) and words > 0):
        # two headlines naming one kind of target or attacker in other words ("officer", "cop"),
        # sharing a word (police are named in many headlines)
        cos += s.same_target
    if (short and days is not None and days <= s.court_days and not other_kinds and a.court and b.court
            and words > 0):
        # a plea, verdict or sentence is reported by every outlet on the day of the hearing (two
        # court headlines that share no word at all are two hearings)
        cos += s.same_court
    if short and days is not None and days <= s.same_kind_days and _in_state(a, b):
        # "Suspect in Charlottesville attack" and "Virginia governor to white nationalists"
        cos += s.same_state_short
    if cos < (s.min_cosine_short if short else s.min_cosine):
        return -math.inf
    if days is not None and days > s.follow_up_days:
        return -math.inf
    if other_deeds(a, b, s):
        return -math.inf
    other_places = _other_places(a, b) or _other_ledes(a, b, s)
    if other_places:
        return -math.inf  # other towns or districts, neither naming the other's: another incident
    if other_dates(a, b, s) or reported_before(a, b) or other_hours(a, b, s):
        return -math.inf
    time = _time(days, s)
    if short and days is not None and not other_kinds:  # two headlines share few words: their days say more
        time = max(time * s.short_time if time > 0 else time,
                   s.short_day_bonus[days] if days < len(s.short_day_bonus) else time)
        if late_kind:  # the investigation of one attack makes headlines for two weeks
            time = max(time, s.kind_day_bonus[min(days - s.same_kind_days, len(s.kind_day_bonus)) - 1])
    other_day = s.other_day if (a.stated and b.stated and a.day and b.day
                                and abs(a.day - b.day) > s.other_day_after) else 0.0
    if days is not None and days > s.late_days and (a.anniversary or b.anniversary):
        return -math.inf  # a piece marking the anniversary reports no new incident
    follow = ((time < 0 or other_day) and follows(a, b) and days is not None
              and days <= s.follow_up_days and s.follow_up_relief > 0)
    by_court = follow and court_topic(a, b, s)
    court = 0.0
    if follow and (by_court or _rare_shared(a, b, s) >= (
            s.follow_up_rare - (1 if a.place_set & b.place_set else 0))):
        # the day a follow-up states is the court's or the arrest's, not the incident's
        time *= 1.0 - s.follow_up_relief
        other_day *= 1.0 - s.follow_up_relief
        if by_court:
            court = s.same_court  # the court's words are no part of the cosine's evidence
        elif same_kind and days > s.same_kind_days and not late_kind:
            # headlines weeks apart naming a rare name and one kind of attack ("ricin")
            court = s.same_kind
    elif days is not None and days > s.recent_days:
        return -math.inf  # weeks apart, only a follow-up sharing rare names joins
    place = 0.0
    if one_town is None:
        one_town = _same_town(a, b)
    if one_town:
        place = s.same_place
    elif short and _in_state(a, b):
        place = s.same_state  # "Roanoke" and "Virginia"
    elif other_places:
        place = -s.other_place
    if (a.countries and b.countries and not set(a.countries) & set(b.countries)
            and not a.place_names & b.place_names):
        place -= s.other_country  # (one name read in two countries is no evidence: "Córdoba")
    name = s.same_name if shared_name(a, b) else 0.0
    figures = s.same_figure if any(b.figures.get(c) == v for c, v in a.figures.items()) else 0.0
    return s.text_weight * cos + time - other_day + place + name + figures + court


def linked(a: Features, b: Features, s: ClusterSettings) -> tuple[bool, bool]:
    """(same incident, copies of one text)."""
    if a.language != b.language:
        return across_languages(a, b, s) >= s.threshold, False
    if (other_dates(a, b, s) or _other_places(a, b) or _other_ledes(a, b, s) or other_deeds(a, b, s)
            or reported_before(a, b) or other_hours(a, b, s)):
        return False, False
    if cosine(a, b) >= s.duplicate_cosine and is_copy(a, b, s):
        return True, True
    return score(a, b, s) >= s.threshold, False
