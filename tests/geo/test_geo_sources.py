from eventcoder.geo.sources import admin1_spellings, canonical_admin1, clean_admin_name


def test_admin_words_are_removed():
    assert clean_admin_name("Basra Governorate") == "Basra"
    assert clean_admin_name("Muhafazat Kirkuk") == "Kirkuk"
    assert clean_admin_name("Province of Kandahar") == "Kandahar"
    assert clean_admin_name("Mexico City") == "Mexico City"


def test_canonical_spellings_override_geonames_only_where_listed():
    assert canonical_admin1("SY", "Idlib") == "Idleb"
    assert canonical_admin1("LB", "Liban-Nord") == "North"
    assert canonical_admin1("AF", "Oruzgan") == "Uruzgan"
    assert canonical_admin1("FR", "Normandy") == "Normandy"


def test_spelling_table_is_well_formed():
    table = admin1_spellings()
    assert "about" not in table
    for country, spellings in table.items():
        assert len(country) == 2 and country.isupper()
        assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in spellings.items())
