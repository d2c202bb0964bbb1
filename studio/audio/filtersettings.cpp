// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/filtersettings.h"

#include <cmath>

namespace vida3::studio::audio {

namespace {
bool number(const QString &text, double lo, double hi, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

QString num(double v)
{
    return QString::number(v, 'g', 4);
}
}  // namespace

namespace {
const char *const kFilterNames[] = {"noise_suppression", "gate", "gain", "compressor", "mono", "balance"};
}

int FilterSettings::activeMask() const
{
    const bool active[] = {noiseSuppression, gate, gainDb != 0, compressor, mono, balance != 0};
    int mask = 0;
    for (int i = 0; i < 6; ++i)
        mask |= active[i] ? 1 << i : 0;
    return mask;
}

QStringList FilterSettings::namesOf(int mask)
{
    QStringList names;
    for (int i = 0; i < 6; ++i) {
        if (mask & (1 << i))
            names.append(QString::fromLatin1(kFilterNames[i]));
    }
    return names;
}

QStringList FilterSettings::activeNames() const
{
    return namesOf(activeMask());
}

FilterSettings FilterSettings::parse(const QString &text, QString *error)
{
    FilterSettings s;
    error->clear();
    for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList p = entry.trimmed().split(u':');
        const QString name = p.first();
        const auto bad = [&](const QString &why) {
            *error = QStringLiteral("\"%1\": %2").arg(entry.trimmed(), why);
            return FilterSettings{};
        };
        double a = 0;
        double b = 0;
        if (name == u"noise") {
            s.noiseSuppression = true;
            if (p.size() > 2 || (p.size() == 2 && !number(p[1], -60, 0, &a)))
                return bad(QStringLiteral("noise[:DB], DB from -60 to 0 (default -30)"));
            if (p.size() == 2)
                s.suppressionDb = static_cast<int>(std::lround(a));
        } else if (name == u"gate") {
            s.gate = true;
            if (p.size() == 3) {
                if (!number(p[1], -96, 0, &a) || !number(p[2], -96, 0, &b) || b > a)
                    return bad(QStringLiteral("gate[:OPEN:CLOSE] in dB, -96 to 0, CLOSE at most OPEN (default -26:-32)"));
                s.gateOpenDb = a;
                s.gateCloseDb = b;
            } else if (p.size() != 1) {
                return bad(QStringLiteral("gate[:OPEN:CLOSE]"));
            }
        } else if (name == u"gain") {
            if (p.size() != 2 || !number(p[1], -30, 30, &a))
                return bad(QStringLiteral("gain:DB, DB from -30 to +30"));
            s.gainDb = a;
        } else if (name == u"compressor") {
            s.compressor = true;
            if (p.size() == 3) {
                if (!number(p[1], 1, 32, &a) || !number(p[2], -60, 0, &b))
                    return bad(QStringLiteral("compressor[:RATIO:THRESHOLD], ratio 1 to 32, threshold -60 to 0 dB (default 10:-18)"));
                s.compressorRatio = a;
                s.compressorThresholdDb = b;
            } else if (p.size() != 1) {
                return bad(QStringLiteral("compressor[:RATIO:THRESHOLD]"));
            }
        } else if (name == u"mono" && p.size() == 1) {
            s.mono = true;
        } else if (name == u"balance") {
            if (p.size() != 2 || !number(p[1], -1, 1, &a))
                return bad(QStringLiteral("balance:B, B from -1 (left) to 1 (right)"));
            s.balance = a;
        } else {
            return bad(QStringLiteral("unknown filter (noise, gate, gain, compressor, mono, balance)"));
        }
    }
    return s;
}

QString FilterSettings::toText() const
{
    QStringList parts;
    if (noiseSuppression)
        parts.append(QStringLiteral("noise:%1").arg(suppressionDb));
    if (gate)
        parts.append(QStringLiteral("gate:%1:%2").arg(num(gateOpenDb), num(gateCloseDb)));
    if (gainDb != 0)
        parts.append(QStringLiteral("gain:%1").arg(num(gainDb)));
    if (compressor)
        parts.append(QStringLiteral("compressor:%1:%2").arg(num(compressorRatio), num(compressorThresholdDb)));
    if (mono)
        parts.append(QStringLiteral("mono"));
    if (balance != 0)
        parts.append(QStringLiteral("balance:%1").arg(num(balance)));
    return parts.join(u',');
}

void FilterControl::set(const FilterSettings &s)
{
    noiseSuppression = s.noiseSuppression;
    suppressionDb = s.suppressionDb;
    gate = s.gate;
    gateOpenDb = s.gateOpenDb;
    gateCloseDb = s.gateCloseDb;
    gainDb = s.gainDb;
    compressor = s.compressor;
    compressorRatio = s.compressorRatio;
    compressorThresholdDb = s.compressorThresholdDb;
    mono = s.mono;
    balance = s.balance;
}

FilterSettings FilterControl::get() const
{
    FilterSettings s;
    s.noiseSuppression = noiseSuppression;
    s.suppressionDb = suppressionDb;
    s.gate = gate;
    s.gateOpenDb = gateOpenDb;
    s.gateCloseDb = gateCloseDb;
    s.gainDb = gainDb;
    s.compressor = compressor;
    s.compressorRatio = compressorRatio;
    s.compressorThresholdDb = compressorThresholdDb;
    s.mono = mono;
    s.balance = balance;
    return s;
}

}  // namespace vida3::studio::audio
