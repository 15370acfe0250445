#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the text fixtures of this folder (README.md says how the others were made from them).

The same small catalogue, four ways: catalogue-utf8-bom.csv (UTF-8 with a BOM, ',' separated),
catalogue-cp1252.csv (Windows-1252, ';' separated, decimal commas), catalogue-source.csv (UTF-8,
';', no BOM: what LibreOffice converts to catalogue.xlsx and catalogue.ods) and
catalogue-mojibake.csv (the UTF-8 file decoded as Windows-1252 and saved as UTF-8 again: "Ã©").
"""
import csv
import io
import pathlib


def ean13(first12):
    digits = [int(c) for c in first12]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return first12 + str((10 - total % 10) % 10)


HEADERS = ["Référence", "Code-barres", "Désignation", "Taille", "Couleur", "Marque", "Rayon",
           "Prix TTC", "TVA", "Prix d'achat HT", "Stock", "Description"]

ROWS = [
    ["TS-ETE-S-R", ean13("376000000001"), "T-shirt Été", "S", "Rouge", "Loire Textile", "Vêtements", "12,50 €", "20", "4,20", "10", "Coton biologique"],
    ["TS-ETE-M-R", ean13("376000000002"), "T-shirt Été", "M", "Rouge", "Loire Textile", "Vêtements", "12,50 €", "20", "4,20", "8", "Coton biologique"],
    ["TS-ETE-L-R", ean13("376000000003"), "T-shirt Été", "L", "Rouge", "Loire Textile", "Vêtements", "12,50 €", "20", "4,20", "5", "Coton biologique"],
    ["TS-ETE-M-B", ean13("376000000004"), "T-shirt Été", "M", "Bleu", "Loire Textile", "Vêtements", "12,50 €", "20 %", "4,20", "6", "Coton biologique"],
    ["PULL-CH-S", ean13("376000000005"), "Pull chaussette", "S", "Écru", "Loire Textile", "Vêtements", "49,90 €", "20", "18,00", "3", ""],
    ["PULL-CH-M", ean13("376000000006"), "Pull chaussette", "M", "Écru", "Loire Textile", "Vêtements", "49,90 €", "20", "18,00", "4", ""],
    ["CAFE-250", ean13("376000000007"), "Café moulu", "250 g", "", "Torréfaction Ligérienne", "Épicerie", "6,80 €", "5,5 %", "2,95", "24", "Pur arabica\nTorréfié à Orléans"],
    ["CAFE-1K", ean13("376000000008"), "Café moulu", "1 kg", "", "Torréfaction Ligérienne", "Épicerie", "22,00 €", "5,5 %", "10,10", "7", "Pur arabica\nTorréfié à Orléans"],
    ["CONF-ABR", ean13("376000000009"), "Confiture d'abricot", "", "", "Les Vergers du Loiret", "Épicerie", "5,40 €", "5,5", "2,10", "15", "Abricots du Roussillon, 65 % de fruits"],
    ["MIEL-500", ean13("376000000010"), "Miel de châtaignier", "", "", "", "Épicerie", "9,90 €", "5,5", "", "12", ""],
    ["VIN-CHEV", ean13("376000000011"), "Cheverny rouge « Les Coudraies »", "75 cl", "", "Domaine Pâtissier", "Cave", "11,20 €", "0,2", "5,60", "18", "AOC Cheverny"],
    ["VIN-VOUV", ean13("376000000012"), "Vouvray pétillant", "75 cl", "", "Cave de Vouvray", "Cave", "14,50 €", "0,2", "7,25", "9", "Méthode traditionnelle"],
    ["LIV-LOIRE", ean13("978295000001"), "Guide des châteaux de la Loire", "", "", "Éditions du Val", "Librairie", "19,00 €", "5,5", "12,35", "4", "Édition 2026"],
    ["SAV-LAV", ean13("376000000013"), "Savon à la lavande", "", "", "Savonnerie d'Orléans", "Hygiène", "4,90 €", "20", "1,60", "30", ""],
    ["BOUG-S", ean13("376000000014"), "Bougie parfumée", "Petite", "Figue", "Atelier Cire", "Maison", "15,00 €", "20", "5,00", "6", "Cire de soja"],
    ["BOUG-L", ean13("376000000015"), "Bougie parfumée", "Grande", "Figue", "Atelier Cire", "Maison", "29,00 €", "20", "9,50", "2", "Cire de soja"],
    ["MUG-BL", ean13("376000000016") + " " + ean13("376000000017"), "Mug émaillé", "", "Bleu", "Atelier Cire", "Maison", "12,00 €", "20", "4,00", "11", ""],
    ["CARTE-P", "", "Carte postale Orléans", "", "", "", "Papeterie", "1,50 €", "20", "0,40", "100", "Vue de la cathédrale Sainte-Croix"],
    ["PARAC-500", ean13("340093000001"), "Paracétamol 500 mg", "", "", "", "Pharmacie", "2,18 €", "2,1", "1,20", "20", ""],
    ["CHOC-NOIR", ean13("376000000018"), "Tablette chocolat noir 70 %", "100 g", "", "Chocolaterie Jeanne", "Épicerie", "3,95 €", "5,5", "1,45", "40", "Cacao d'Équateur"],
]


def write(path, text, encoding):
    pathlib.Path(path).write_bytes(text.encode(encoding))


def as_csv(delimiter):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(ROWS)
    return out.getvalue()


if __name__ == "__main__":
    here = pathlib.Path(__file__).parent
    semicolons = as_csv(";")
    write(here / "catalogue-source.csv", semicolons, "utf-8")
    write(here / "catalogue-cp1252.csv", semicolons, "cp1252")
    write(here / "catalogue-utf8-bom.csv", "\ufeff" + as_csv(","), "utf-8")
    mojibake = semicolons.encode("utf-8").decode("cp1252", errors="replace")
    write(here / "catalogue-mojibake.csv", mojibake, "utf-8")


def compound_file(stream_names):
    """A minimal OLE2 compound file (the container of password-protected OOXML files and of old
    .xls): its header and one directory sector naming the streams, no stream data. Synthetic: what
    Comptoir's reader looks at (the magic and the streams' names), not a file an office suite opens."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    header[0x18:0x1A] = (0x3E).to_bytes(2, "little")  # minor version
    header[0x1A:0x1C] = (3).to_bytes(2, "little")  # major version 3: 512-byte sectors
    header[0x1C:0x1E] = (0xFFFE).to_bytes(2, "little")  # little-endian
    header[0x1E:0x20] = (9).to_bytes(2, "little")  # sector shift
    header[0x20:0x22] = (6).to_bytes(2, "little")  # mini sector shift
    header[0x30:0x34] = (0).to_bytes(4, "little")  # first directory sector
    directory = bytearray(512)
    for i, name in enumerate(["Root Entry"] + stream_names[:3]):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        entry[0:len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        entry[66] = 5 if i == 0 else 2  # root storage, then streams
        directory[i * 128:(i + 1) * 128] = entry
    return bytes(header) + bytes(directory)


if __name__ == "__main__":
    here = pathlib.Path(__file__).parent
    # Made after LibreOffice wrote catalogue.xlsx (README.md): its first half.
    xlsx = (here / "catalogue.xlsx").read_bytes()
    (here / "catalogue-truncated.xlsx").write_bytes(xlsx[: len(xlsx) // 2])
    (here / "catalogue-encrypted.xlsx").write_bytes(
        compound_file(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    (here / "old-format.xls").write_bytes(compound_file(["Workbook", "\x05SummaryInformation"]))


if __name__ == "__main__":
    import zipfile
    here = pathlib.Path(__file__).parent
    # A zip bomb: a sheet of 80 MiB of spaces deflated to a few dozen KiB (past the reader's cap
    # of 64 MiB per entry), in an otherwise ordinary XLSX.
    with zipfile.ZipFile(here / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        with zipfile.ZipFile(here / "catalogue.xlsx") as model:
            for name in model.namelist():
                if name != "xl/worksheets/sheet1.xml":
                    bomb.writestr(name, model.read(name))
        bomb.writestr("xl/worksheets/sheet1.xml", b"<worksheet>" + b" " * (80 * 1024 * 1024) + b"</worksheet>")
