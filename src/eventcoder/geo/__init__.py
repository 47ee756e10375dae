"""Places: a gazetteer-backed geocoder that finds where each event happened.

* :mod:`.normalize` - one lookup key for the many spellings of a place name;
* :mod:`.index` - the gazetteer index (build once, cache on disk, load per process);
* :mod:`.sources`, :mod:`.iraq`, :mod:`.dump`, :mod:`.store` - what the index is built from:
  registry packages, the bundled Iraq admin table, user GeoNames dumps;
* :mod:`.finder` - toponyms in text with the cues around them;
* :mod:`.resolver` - disambiguation, event-location selection and geo_precision.

See docs/PLACES.md.
"""

from .index import GazetteerIndex, build_index, gazetteer_dir, load_gazetteer
from .model import Place
from .resolver import DocumentPlaces, Geocoder
from .store import add_dump

__all__ = ["GazetteerIndex", "build_index", "gazetteer_dir", "load_gazetteer", "Place", "Geocoder", "DocumentPlaces",
           "add_dump"]
