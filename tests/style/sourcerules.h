// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// The rules of the source tree that docs/architecture.md writes down, read from that document and
// checked on the sources as text (no compiler): which feature room may include which, that the map
// names every file, that files stay small and a class keeps to its own .h and one .cpp.
namespace comptoir::style {

// One source file, its path relative to the repository's root ("models/sales/ticket.h").
struct SourceFile
{
    QString path;
    QString text;
};

// A broken rule: where, which include (if any), which rule, in words.
struct Violation
{
    QString file;
    int line = 0;
    QString include;
    QString rule; // "upward", "edge", "outside", "unused-edge", "cycle", "map", "size", "spread"
    QString detail;

    QString toString() const;
};

// docs/architecture.md's "Allowed edges": room -> rooms it may include. "*" (app only): any room
// of a lower layer. A room may always include its own files, its own layer's root and the roots
// of the layers below.
struct EdgeRules
{
    QMap<QString, QSet<QString>> allowed;
};

// docs/architecture.md's "Where is what": folder ("models/sales") -> file stems ("salejournal"
// stands for salejournal.h and salejournal.cpp).
using FileMap = QMap<QString, QSet<QString>>;

// The layers from the bottom up: an include may only point to its own layer or one below.
const QStringList &layers();
// "models/sales/ticket.h" -> "models/sales"; "models/money.h" -> "models"; "app/main.cpp" -> "app".
QString roomOf(const QString &path);
// The layer of a room or path ("models"), or an empty string outside the layers.
QString layerOf(const QString &path);

// Reads the fenced block under the heading "## Allowed edges". Lines "room -> room room …",
// "# comments". error says what is wrong when nothing could be read.
EdgeRules parseEdgeRules(const QString &markdown, QString *error);
// Reads the tables under the heading "## Where is what": rows "| `folder/` | … | `stem` `stem` |".
FileMap parseFileMap(const QString &markdown, QString *error);

// Every `#include "…"` of the layers' files resolved as the compiler does (beside the file, then
// from the root), checked against the layers and the allowed edges. existing: every file of the
// tree (paths from the root).
QList<Violation> checkIncludes(const QList<SourceFile> &files, const QSet<QString> &existing,
                               const EdgeRules &rules);
// The edges the includes use, room -> rooms (own room and roots left out).
QMap<QString, QSet<QString>> usedEdges(const QList<SourceFile> &files, const QSet<QString> &existing);
// Allowed edges that no include uses: the document must say what the code does.
QList<Violation> checkUnusedEdges(const EdgeRules &rules, const QMap<QString, QSet<QString>> &used);
// A cycle among the rooms (app and "*" left out).
QList<Violation> checkCycles(const EdgeRules &rules);
// The map against the files: a file the map does not name, a stem with no file.
QList<Violation> checkFileMap(const FileMap &map, const QStringList &sourcePaths);
// No .cpp/.h over maxLines lines; no folder with more than maxCpp .cpp files.
QList<Violation> checkSizes(const QList<SourceFile> &files, int maxLines, int maxCpp);
// A class whose member functions are defined in more than one .cpp file.
QList<Violation> checkSpreadClasses(const QList<SourceFile> &files);

} // namespace comptoir::style
