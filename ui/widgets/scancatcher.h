// SPDX-FileCopyrightText: 2026 Les Vitrines d'Orléans and the Comptoir contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QKeyEvent;
class QTimer;
class QWidget;

namespace comptoir {

// Recognises a USB barcode scanner, which "types" a code as a keyboard would, very fast, and
// ends it with Enter, and turns the scan into scanned(code) instead of text in the focused field.
//
// The heuristic (all key presses whose receiver is the scope widget or one of its descendants
// in the same window; dialogs opened over the scope are other windows and are left alone):
// - A printable key press (no Ctrl/Alt/Meta, not auto-repeated) is held back in a buffer
//   instead of reaching the focused widget.
// - Each next printable key arriving at most maxInterval() after the previous one (40 ms by
//   default: scanners send a character every 1–20 ms, people rarely type two keys within
//   40 ms, let alone a whole run) joins the buffer.
// - Enter or Return arriving at most maxInterval() after the last buffered character, with at
//   least minLength() characters buffered (6 by default), makes the buffer a scan: scanned()
//   is emitted and neither the characters nor the Enter reach the focused widget.
// - Anything else ends the run and the buffered characters are replayed, in order, to the
//   widget that was meant to receive them, before the event that ended the run: a key that
//   arrives too late (a human typing — it then starts a new run itself), a non-printable key
//   (Backspace, Tab, arrows…), an Enter after too short a run, or nothing at all within
//   maxInterval() (a timer flushes the buffer). A person typing thus sees each character up to
//   maxInterval() late, and nothing else changes for them.
// Limits: scanners configured to end with Tab instead of Enter are not recognised; application
// shortcuts on plain printable keys are not held back.
//
// The time source is injectable so that tests decide how far apart keys arrive; the timer that
// flushes an unfinished run always runs on real time.
class ScanCatcher : public QObject
{
    Q_OBJECT

public:
    using TimeSource = std::function<qint64()>; // monotonic milliseconds
    static constexpr int DefaultMaxIntervalMs = 40;
    static constexpr int DefaultMinLength = 6;
    static constexpr int MaxLength = 64; // longer runs are not barcodes: replayed

    // Watches key presses in scope (filters qApp's events); parented to scope by default.
    explicit ScanCatcher(QWidget *scope, QObject *parent = nullptr);
    ~ScanCatcher() override;

    void setTimeSource(TimeSource source);
    void setMaxInterval(int ms);
    int maxInterval() const { return m_maxIntervalMs; }
    void setMinLength(int length);
    int minLength() const { return m_minLength; }
    // Disabled, it lets every key through (pending characters are replayed first).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Replays the characters held back, if any (also done by the timer).
    void flush();

Q_SIGNALS:
    void scanned(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PendingKey
    {
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 nativeScanCode = 0;
        quint32 nativeVirtualKey = 0;
        quint32 nativeModifiers = 0;
    };

    bool inScope(QObject *receiver) const;
    bool handleKeyPress(QWidget *receiver, QKeyEvent *event);
    qint64 now() const;

    QPointer<QWidget> m_scope;
    QElapsedTimer m_elapsed;
    TimeSource m_timeSource;
    QTimer *m_flushTimer = nullptr;
    int m_maxIntervalMs = DefaultMaxIntervalMs;
    int m_minLength = DefaultMinLength;
    bool m_enabled = true;
    bool m_replaying = false;

    QList<PendingKey> m_pending;
    QPointer<QWidget> m_target;
    qint64 m_lastKeyAt = 0;
};

} // namespace comptoir
