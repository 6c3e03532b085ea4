"""One palette for every page and figure: :mod:`biaslab.render` and :mod:`biaslab.plots` both draw from here.

Method
------
* **Loaded-term categories have fixed colours.** :data:`CATEGORY_HUES` gives
  each category of the lexicon (:data:`biaslab.lexicon.CATEGORIES`) its own
  hue, so "emotive" is the same orange in the highlighted article, in its
  legend and in the bar chart, on every page and for every article. The
  highlighted text uses a light tint of the hue (:func:`tint`) so the words
  stay readable; figures use the hue itself. A category from a user's
  lexicon that biaslab does not know gets a hue by its position among the
  unknown categories (:func:`category_colour`), so it is stable within a run.
* **Speakers and actors** are different in every article, so their line
  colours are assigned in order of appearance on a page (:data:`LINE_ORDER`).
* **Voices:** the author's voice is drawn solid, quoted voices hatched
  (:data:`QUOTED_HATCH`), so the voice never depends on colour.

Colours: the Okabe–Ito palette, designed to stay distinguishable under the
common forms of colour-vision deficiency (Okabe, M. & Ito, K. 2008, "Color
Universal Design (CUD)", https://jfly.uni-koeln.de/color/; recommended by
Wong, B. 2011, "Points of view: Color blindness", *Nature Methods* 8, 441).
Eleven categories need more than its eight colours: the last three come from
Paul Tol's colour-blind-safe "muted" scheme (Tol, P. 2021, "Colour schemes",
SRON technical note SRON/EPS/TN/09-002), and are given to the categories that
occur least in the lexicon. Colour is never the only cue: every mark has a
text label, and every bar a category name on its axis.

Limits: eleven hues cannot all stay distinct for every reader; the labels do.
"""
from __future__ import annotations

__all__ = ["OKABE_ITO", "TOL_MUTED", "CATEGORY_HUES", "LINE_ORDER", "SERIES", "GREY", "TEXT",
           "SCARE_COLOUR", "QUOTED_HATCH", "TINT", "tint", "category_colour", "category_tint"]

#: The Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), by name.
OKABE_ITO = {
    "orange": "#E69F00", "sky blue": "#56B4E9", "bluish green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish purple": "#CC79A7", "black": "#000000",
}
#: Three colours of Paul Tol's "muted" scheme (Tol 2021), for categories 9–11.
TOL_MUTED = {"indigo": "#332288", "olive": "#999933", "wine": "#882255"}

#: The hue of each lexicon category (the order of :data:`biaslab.lexicon.CATEGORIES`).
#: Neutral grey goes to ``doubt``, whose main device, the scare quote, is
#: drawn with a black dashed border; the Tol colours go to the categories
#: with the fewest lexicon entries.
CATEGORY_HUES = {
    "labeling": OKABE_ITO["vermillion"],
    "emotive": OKABE_ITO["orange"],
    "exaggeration": OKABE_ITO["reddish purple"],
    "euphemism": OKABE_ITO["sky blue"],
    "editorializing": OKABE_ITO["bluish green"],
    "doubt": "#777777",
    "hedge": OKABE_ITO["blue"],
    "booster": OKABE_ITO["yellow"],
    "flag_waving": TOL_MUTED["indigo"],
    "fear": TOL_MUTED["wine"],
    "factive": TOL_MUTED["olive"],
}
#: Hues for categories outside :data:`CATEGORY_HUES` (a user's lexicon), in turn.
_EXTRA_HUES = tuple(OKABE_ITO[k] for k in ("blue", "vermillion", "bluish green", "reddish purple", "orange"))

#: Line colours for speakers and actors, in order of appearance: yellow is left
#: out because a yellow underline is invisible on a white page, black because
#: it is the scare-quote colour.
LINE_ORDER = tuple(OKABE_ITO[k] for k in ("blue", "vermillion", "bluish green", "reddish purple", "orange",
                                          "sky blue"))
#: Series colours of the figures (yellow left out: too light for lines and markers on white).
SERIES = tuple(OKABE_ITO[k] for k in ("blue", "vermillion", "bluish green", "reddish purple", "orange", "sky blue",
                                      "black"))
#: Reference lines and notes: mid grey, visible but quieter than the data.
GREY = "#666666"
#: Body text on the white pages.
TEXT = "#1b1b1b"
#: Scare quotes: a colour no speaker has, with a dashed border.
SCARE_COLOUR = OKABE_ITO["black"]
#: Quoted voices are hatched in figures (the author's voice is solid).
QUOTED_HATCH = "////"
#: Share of the hue mixed into white for a background tint. At 40% the text
#: colour (:data:`TEXT`) keeps a contrast ratio of at least 7:1 on every tint
#: (WCAG 2 asks for 4.5:1, AAA for 7:1), while the tints stay distinct.
TINT = 0.40


def tint(hex_colour: str, share: float = TINT) -> str:
    """``hex_colour`` mixed into white: ``share`` 1 is the colour, 0 is white."""
    rgb = [int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in rgb)


def category_colour(category: str, others: tuple[str, ...] | list[str] = ()) -> str:
    """The hue of a loaded-term ``category`` (figures, legends' borders).

    A category biaslab does not know gets the next of a few spare hues by its
    position in ``others`` (the unknown categories on the page, in order); one
    not in ``others`` gets the first.
    """
    if category in CATEGORY_HUES:
        return CATEGORY_HUES[category]
    unknown = [c for c in others if c not in CATEGORY_HUES]
    position = unknown.index(category) if category in unknown else 0
    return _EXTRA_HUES[position % len(_EXTRA_HUES)]


def category_tint(category: str, others: tuple[str, ...] | list[str] = ()) -> str:
    """The background tint of a category in the highlighted article."""
    return tint(category_colour(category, others))
