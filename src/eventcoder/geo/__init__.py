"""Places: a gazetteer-backed geocoder that finds where each event happened.

* :mod:`.normalize` - one lookup key for the many spellings of a place name;
* :mod:`.index` - the gazetteer index (build once, cache on disk, load per process);
* :mod:`.sources`, :mod:`.iraq`, :mod:`.dump`, :mod:`.store` - what the index is built from:
  registry packages, the bundled Iraq admin table, user GeoNames dumps;
* :mod:`.reforms`, :mod:`.theatres` - bundled facts: admin1 reforms newer than the registry data, and
  the conflict theatres whose names point to provinces;
* :mod:`.finder` - toponyms in text with the cues around them;
* :mod:`.holders` - what the text says holds a place ("Town, Province", "X region of Y");
* :mod:`.resolver` - disambiguation, event-location selection and geo_precision;
* :mod:`.lists` - the other places of a list an event's place stands in.

See docs/PLACES.md.
"""

from .index import GazetteerIndex, build_index, gazetteer_dir, load_gazetteer
from .model import Place
from .resolver import DocumentPlaces, Geocoder
from .store import add_dump

__all__ = ["GazetteerIndex", "build_index", "gazetteer_dir", "load_gazetteer", "Place", "Geocoder", "DocumentPlaces",
           "add_dump"]
