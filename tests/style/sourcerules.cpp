// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcerules.h"

#include <QDir>
#include <QRegularExpression>

#include <functional>

namespace comptoir::style {

namespace {

QString sectionOf(const QString &markdown, const QString &heading)
{
    const qsizetype start = markdown.indexOf(QStringLiteral("\n") + heading + QStringLiteral("\n"));
    if (start < 0)
        return {};
    const qsizetype bodyStart = start + heading.size() + 2;
    qsizetype end = markdown.indexOf(QStringLiteral("\n## "), bodyStart);
    if (end < 0)
        end = markdown.size();
    return markdown.mid(bodyStart, end - bodyStart);
}

// The target of `#include "include"` written in from, as the compiler finds it, or empty.
QString resolve(const QString &from, const QString &include, const QSet<QString> &existing)
{
    const QString beside = QDir::cleanPath(QFileInfo(from).path() + QLatin1Char('/') + include);
    if (existing.contains(beside))
        return beside;
    const QString fromRoot = QDir::cleanPath(include);
    if (existing.contains(fromRoot))
        return fromRoot;
    return {};
}

int rank(const QString &layer)
{
    return int(layers().indexOf(layer));
}

// Whether source may include a file of target by the implicit rules: its own room, its own
// layer's root, the root of a layer below.
bool implicitlyAllowed(const QString &source, const QString &target)
{
    if (source == target)
        return true;
    const bool targetIsRoot = layers().contains(target);
    return targetIsRoot && rank(target) <= rank(layerOf(source));
}

struct IncludeLine
{
    int line;
    QString include;
};

QList<IncludeLine> includesOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"re(^\s*#\s*include\s+"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    QList<IncludeLine> result;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const int line = int(text.left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
        result.append({line, match.captured(1)});
    }
    return result;
}

bool isLayerSource(const QString &path)
{
    return !layerOf(path).isEmpty()
        && (path.endsWith(QLatin1String(".h")) || path.endsWith(QLatin1String(".cpp")));
}

} // namespace

QString Violation::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    QString text = where + QStringLiteral(": [") + rule + QStringLiteral("] ");
    if (!include.isEmpty())
        text += QStringLiteral("#include \"") + include + QStringLiteral("\": ");
    return text + detail;
}

const QStringList &layers()
{
    static const QStringList order {QStringLiteral("models"), QStringLiteral("sync"), QStringLiteral("ui"),
                                    QStringLiteral("app")};
    return order;
}

QString layerOf(const QString &path)
{
    const QString first = path.section(QLatin1Char('/'), 0, 0);
    return layers().contains(first) ? first : QString();
}

QString roomOf(const QString &path)
{
    const QString layer = layerOf(path);
    if (layer.isEmpty())
        return {};
    if (layer == QLatin1String("app"))
        return layer;
    const QStringList parts = path.split(QLatin1Char('/'));
    // "models/x.h" is the root; "models/sales" (a folder named alone) and "models/sales/x.h" the room.
    if (parts.size() == 2 && parts.at(1).contains(QLatin1Char('.')))
        return layer;
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

EdgeRules parseEdgeRules(const QString &markdown, QString *error)
{
    EdgeRules rules;
    const QString section = sectionOf(markdown, QStringLiteral("## Allowed edges"));
    const qsizetype fence = section.indexOf(QStringLiteral("```"));
    const qsizetype fenceEnd = fence < 0 ? -1 : section.indexOf(QStringLiteral("\n```"), fence + 3);
    if (fence < 0 || fenceEnd < 0) {
        *error = QStringLiteral("no fenced block under \"## Allowed edges\"");
        return rules;
    }
    const QString block = section.mid(fence, fenceEnd - fence);
    const QStringList lines = block.split(QLatin1Char('\n')).mid(1);
    for (QString line : lines) {
        line = line.section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype arrow = line.indexOf(QStringLiteral("->"));
        if (arrow < 0) {
            *error = QStringLiteral("an edge line without \"->\": ") + line;
            return {};
        }
        const QString room = line.left(arrow).trimmed();
        if (roomOf(room + QStringLiteral("/x.h")) != room && room != QLatin1String("app")) {
            *error = QStringLiteral("not a room: ") + room;
            return {};
        }
        QSet<QString> &targets = rules.allowed[room];
        const QStringList words = line.mid(arrow + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            targets.insert(word);
    }
    if (rules.allowed.isEmpty())
        *error = QStringLiteral("the \"## Allowed edges\" block is empty");
    return rules;
}

FileMap parseFileMap(const QString &markdown, QString *error)
{
    FileMap map;
    const QString section = sectionOf(markdown, QStringLiteral("## Where is what"));
    static const QRegularExpression row(QStringLiteral(R"(^\|\s*`([a-z/]+)/`\s*\|[^|]*\|([^|]*)\|\s*$)"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression stem(QStringLiteral("`([a-z0-9_]+)`"));
    auto rows = row.globalMatch(section);
    while (rows.hasNext()) {
        const auto match = rows.next();
        QSet<QString> &stems = map[match.captured(1)];
        auto stems_ = stem.globalMatch(match.captured(2));
        while (stems_.hasNext())
            stems.insert(stems_.next().captured(1));
    }
    if (map.isEmpty())
        *error = QStringLiteral("no table row under \"## Where is what\"");
    return map;
}

QList<Violation> checkIncludes(const QList<SourceFile> &files, const QSet<QString> &existing,
                               const EdgeRules &rules)
{
    QList<Violation> violations;
    for (const SourceFile &file : files) {
        if (!isLayerSource(file.path))
            continue;
        const QString source = roomOf(file.path);
        const QString sourceLayer = layerOf(file.path);
        for (const IncludeLine &include : includesOf(file.text)) {
            const QString target = resolve(file.path, include.include, existing);
            if (target.isEmpty())
                continue; // a generated file (.moc) or a system header written with quotes
            const QString targetLayer = layerOf(target);
            if (targetLayer.isEmpty()) {
                violations.append(
                    {file.path, include.line, include.include, QStringLiteral("outside"),
                     QStringLiteral("%1 is outside the layers (app, ui, sync, models)").arg(target)});
                continue;
            }
            if (rank(targetLayer) > rank(sourceLayer)) {
                violations.append(
                    {file.path, include.line, include.include, QStringLiteral("upward"),
                     QStringLiteral("%1 is in layer %2, above %3").arg(target, targetLayer, sourceLayer)});
                continue;
            }
            const QString targetRoom = roomOf(target);
            if (implicitlyAllowed(source, targetRoom))
                continue;
            const QSet<QString> allowed = rules.allowed.value(source);
            const bool any = allowed.contains(QStringLiteral("*")) && rank(targetLayer) < rank(sourceLayer);
            if (!any && !allowed.contains(targetRoom))
                violations.append({file.path, include.line, include.include, QStringLiteral("edge"),
                                   QStringLiteral("%1 may not use %2 (docs/architecture.md, Allowed edges)")
                                       .arg(source, targetRoom)});
        }
    }
    return violations;
}

QMap<QString, QSet<QString>> usedEdges(const QList<SourceFile> &files, const QSet<QString> &existing)
{
    QMap<QString, QSet<QString>> used;
    for (const SourceFile &file : files) {
        if (!isLayerSource(file.path))
            continue;
        const QString source = roomOf(file.path);
        for (const IncludeLine &include : includesOf(file.text)) {
            const QString target = resolve(file.path, include.include, existing);
            const QString targetRoom = roomOf(target);
            if (!targetRoom.isEmpty() && !implicitlyAllowed(source, targetRoom))
                used[source].insert(targetRoom);
        }
    }
    return used;
}

QList<Violation> checkUnusedEdges(const EdgeRules &rules, const QMap<QString, QSet<QString>> &used)
{
    QList<Violation> violations;
    for (auto it = rules.allowed.cbegin(); it != rules.allowed.cend(); ++it) {
        for (const QString &target : it.value()) {
            if (target == QLatin1String("*") || used.value(it.key()).contains(target))
                continue;
            violations.append(
                {QStringLiteral("docs/architecture.md"),
                 0,
                 {},
                 QStringLiteral("unused-edge"),
                 QStringLiteral("%1 -> %2 is allowed but no include uses it").arg(it.key(), target)});
        }
    }
    return violations;
}

QList<Violation> checkCycles(const EdgeRules &rules)
{
    // Depth-first search; a room met again on the current path closes a cycle.
    QList<Violation> violations;
    QHash<QString, int> state; // 0 unseen, 1 on the path, 2 done
    QStringList path;
    std::function<void(const QString &)> visit = [&](const QString &room) {
        state[room] = 1;
        path.append(room);
        QStringList targets = rules.allowed.value(room).values();
        targets.sort();
        for (const QString &target : targets) {
            if (target == QLatin1String("*"))
                continue;
            if (state.value(target) == 1) {
                const QStringList cycle = path.mid(path.indexOf(target)) << target;
                violations.append({QStringLiteral("docs/architecture.md"),
                                   0,
                                   {},
                                   QStringLiteral("cycle"),
                                   cycle.join(QStringLiteral(" -> "))});
            } else if (state.value(target) == 0) {
                visit(target);
            }
        }
        path.removeLast();
        state[room] = 2;
    };
    for (auto it = rules.allowed.cbegin(); it != rules.allowed.cend(); ++it) {
        if (state.value(it.key()) == 0)
            visit(it.key());
    }
    return violations;
}

QList<Violation> checkFileMap(const FileMap &map, const QStringList &sourcePaths)
{
    QList<Violation> violations;
    QMap<QString, QSet<QString>> onDisk;
    for (const QString &path : sourcePaths) {
        const QFileInfo info(path);
        onDisk[info.path()].insert(info.completeBaseName());
    }
    for (auto it = onDisk.cbegin(); it != onDisk.cend(); ++it) {
        for (const QString &stem : it.value()) {
            if (!map.value(it.key()).contains(stem))
                violations.append({it.key() + QLatin1Char('/') + stem,
                                   0,
                                   {},
                                   QStringLiteral("map"),
                                   QStringLiteral("not in docs/architecture.md's map (Where is what)")});
        }
    }
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        for (const QString &stem : it.value()) {
            if (!onDisk.value(it.key()).contains(stem))
                violations.append({it.key() + QLatin1Char('/') + stem,
                                   0,
                                   {},
                                   QStringLiteral("map"),
                                   QStringLiteral("named by docs/architecture.md's map, but no such file")});
        }
    }
    return violations;
}

QList<Violation> checkSizes(const QList<SourceFile> &files, int maxLines, int maxCpp)
{
    QList<Violation> violations;
    QMap<QString, int> cppPerFolder;
    for (const SourceFile &file : files) {
        const int lines = int(file.text.count(QLatin1Char('\n')));
        if (lines > maxLines)
            violations.append({file.path,
                               0,
                               {},
                               QStringLiteral("size"),
                               QStringLiteral("%1 lines (at most %2): split it by responsibility")
                                   .arg(lines)
                                   .arg(maxLines)});
        if (file.path.endsWith(QLatin1String(".cpp")))
            ++cppPerFolder[QFileInfo(file.path).path()];
    }
    for (auto it = cppPerFolder.cbegin(); it != cppPerFolder.cend(); ++it) {
        if (it.value() > maxCpp)
            violations.append({it.key(),
                               0,
                               {},
                               QStringLiteral("size"),
                               QStringLiteral("%1 .cpp files (at most %2): a room per feature")
                                   .arg(it.value())
                                   .arg(maxCpp)});
    }
    return violations;
}

QList<Violation> checkSpreadClasses(const QList<SourceFile> &files)
{
    // A member function's definition starts a line: "Result<Ticket> SaleJournal::commitSale(",
    // "SaleJournal::SaleJournal(", "void Foo::Private::run(". The class is the name before the
    // last "::". Qt's own classes (Q…) and the test framework's are left out.
    static const QRegularExpression definition(
        QStringLiteral(R"(^(?:[\w:<>,*&]+[ *&]+)*(?:\w+::)*([A-Z]\w*)::~?[A-Za-z_]\w*\()"),
        QRegularExpression::MultilineOption);
    QMap<QString, QSet<QString>> filesOfClass;
    for (const SourceFile &file : files) {
        if (!file.path.endsWith(QLatin1String(".cpp")))
            continue;
        auto it = definition.globalMatch(file.text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!name.startsWith(QLatin1Char('Q')))
                filesOfClass[QFileInfo(file.path).path() + QLatin1Char('/') + name].insert(file.path);
        }
    }
    QList<Violation> violations;
    for (auto it = filesOfClass.cbegin(); it != filesOfClass.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList where = it.value().values();
        where.sort();
        violations.append({where.first(),
                           0,
                           {},
                           QStringLiteral("spread"),
                           QStringLiteral("class %1 is defined in %2 files: %3")
                               .arg(it.key().section(QLatin1Char('/'), -1))
                               .arg(where.size())
                               .arg(where.join(QStringLiteral(", ")))});
    }
    return violations;
}

} // namespace comptoir::style
