#include "commandline.h"

#include <QCoreApplication>

namespace comptoir {

CommandLine::CommandLine()
    : m_dataDir(QStringList {QStringLiteral("data-dir")},
                tr("Keep the shop's data in <folder> instead of the usual place."), tr("folder")),
      m_demo(QStringList {QStringLiteral("demo")},
             tr("Open the demo shop (in its own folder), creating it the first time.")),
      m_language(QStringList {QStringLiteral("lang")}, tr("Interface language: fr or en."), tr("language")),
      m_help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and quit.")),
      m_version(QStringList {QStringLiteral("v"), QStringLiteral("version")},
                tr("Show the version and quit."))
{
    m_parser.setApplicationDescription(
        tr("Comptoir: till and stock for the independent shops of Orléans.") + QStringLiteral("\n\n")
        + tr("Commands:") + QStringLiteral("\n  demo seed  ")
        + tr("Create the demo shop without opening a window, and say what it holds.")
        + QStringLiteral("\n  journal verify  ")
        + tr("Check the fiscal journal (chain, signatures, numbers, closures); exit code 0 when intact."));
    m_parser.addOptions({m_dataDir, m_demo, m_language, m_help, m_version});
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("Optional command: demo seed, journal verify."),
                                   QStringLiteral("[demo seed | journal verify]"));
}

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    CommandLineRequest request;
    if (!m_parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = m_parser.errorText();
        return request;
    }
    request.dataDir = m_parser.value(m_dataDir);
    request.demo = m_parser.isSet(m_demo);
    request.language = m_parser.value(m_language);

    if (m_parser.isSet(m_help)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        return request;
    }
    if (m_parser.isSet(m_version)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        return request;
    }
    if (m_parser.isSet(m_language) && request.language != QStringLiteral("fr")
        && request.language != QStringLiteral("en")) {
        request.action = CommandLineRequest::Action::Invalid;
        request.error = tr("Unknown language \"%1\": use fr or en.").arg(request.language);
        return request;
    }
    const QStringList command = m_parser.positionalArguments();
    if (command.isEmpty())
        return request;
    if (command == QStringList {QStringLiteral("demo"), QStringLiteral("seed")}) {
        request.action = CommandLineRequest::Action::SeedDemo;
        return request;
    }
    if (command == QStringList {QStringLiteral("journal"), QStringLiteral("verify")}) {
        request.action = CommandLineRequest::Action::VerifyJournal;
        return request;
    }
    request.action = CommandLineRequest::Action::Invalid;
    request.error = tr("Unknown command \"%1\". Try --help.").arg(command.join(QLatin1Char(' ')));
    return request;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QStringList CommandLine::withoutQtOptions(const QStringList &arguments)
{
    // Options that QGuiApplication/QApplication consume (see their documentation).
    static const QStringList withValue = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-display"),
        QStringLiteral("-geometry"),        QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
        QStringLiteral("-title"),           QStringLiteral("-name"),
        QStringLiteral("-qmljsdebugger"),
    };
    static const QStringList flags = {
        QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-nograb"),
        QStringLiteral("-dograb"),  QStringLiteral("-sync"),
    };
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i > 0 && argument == QStringLiteral("--"))
            return kept + arguments.mid(i);
        // Qt also accepts them with two dashes ("--platform") and as "-style=fusion".
        QString name = argument.startsWith(QStringLiteral("--")) ? argument.mid(1) : argument;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals > 0;
        if (inlineValue)
            name.truncate(equals);
        if (i > 0 && withValue.contains(name)) {
            if (!inlineValue)
                ++i; // skip its value
            continue;
        }
        if (i > 0 && flags.contains(name) && !inlineValue)
            continue;
        kept.append(argument);
    }
    return kept;
}

} // namespace comptoir
