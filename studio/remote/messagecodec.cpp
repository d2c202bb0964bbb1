// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/remote/messagecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <msgpack.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

namespace vida3::studio::remote {

namespace {

Error decodeError(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}

// msgpack-c allocates a container's elements as soon as it reads the count: a 5-byte array32
// header claiming 4 billion elements would ask for ~96 GB. Every element takes at least one
// byte, so this walk refuses any count the remaining bytes cannot hold before msgpack-c sees it.
class SizeCheck
{
public:
    SizeCheck(const char *data, size_t size) : m_p(reinterpret_cast<const unsigned char *>(data)), m_end(m_p + size) {}

    bool value(int depth)
    {
        if (depth > kMaxDepth || m_p >= m_end)
            return false;
        const unsigned char t = *m_p++;
        if (t <= 0x7f || t >= 0xe0 || t == 0xc0 || t == 0xc2 || t == 0xc3)
            return true;
        if ((t & 0xf0) == 0x80)
            return container(t & 0x0f, 2, depth);
        if ((t & 0xf0) == 0x90)
            return container(t & 0x0f, 1, depth);
        if ((t & 0xe0) == 0xa0)
            return skip(t & 0x1f);
        switch (t) {
        case 0xcc: case 0xd0: return skip(1);
        case 0xcd: case 0xd1: return skip(2);
        case 0xca: case 0xce: case 0xd2: return skip(4);
        case 0xcb: case 0xcf: case 0xd3: return skip(8);
        case 0xd9: case 0xc4: return length(1, 1) && skipLast();
        case 0xda: case 0xc5: return length(2, 1) && skipLast();
        case 0xdb: case 0xc6: return length(4, 1) && skipLast();
        case 0xdc: return length(2, 1) && container(m_last, 1, depth);
        case 0xdd: return length(4, 1) && container(m_last, 1, depth);
        case 0xde: return length(2, 2) && container(m_last, 2, depth);
        case 0xdf: return length(4, 2) && container(m_last, 2, depth);
        case 0xd4: return skip(2);
        case 0xd5: return skip(3);
        case 0xd6: return skip(5);
        case 0xd7: return skip(9);
        case 0xd8: return skip(17);
        case 0xc7: return length(1, 1) && skip(1) && skipLast();
        case 0xc8: return length(2, 1) && skip(1) && skipLast();
        case 0xc9: return length(4, 1) && skip(1) && skipLast();
        default: return false;  // 0xc1 is never used
        }
    }
    bool atEnd() const { return m_p == m_end; }

private:
    bool skip(size_t n)
    {
        if (static_cast<size_t>(m_end - m_p) < n)
            return false;
        m_p += n;
        return true;
    }
    bool skipLast() { return skip(m_last); }
    // Reads a big-endian count of width bytes into m_last; each counted item needs minBytes.
    bool length(int width, size_t minBytes)
    {
        if (m_end - m_p < width)
            return false;
        size_t n = 0;
        for (int i = 0; i < width; ++i)
            n = (n << 8) | *m_p++;
        m_last = n;
        return n <= static_cast<size_t>(m_end - m_p) / minBytes;
    }
    bool container(size_t count, size_t perEntry, int depth)
    {
        if (count > static_cast<size_t>(m_end - m_p) / perEntry)
            return false;
        for (size_t i = 0; i < count * perEntry; ++i) {
            if (!value(depth + 1))
                return false;
        }
        return true;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    size_t m_last = 0;
};

struct UnpackedDeleter
{
    void operator()(msgpack_unpacked *u) const
    {
        msgpack_unpacked_destroy(u);
        delete u;
    }
};

std::optional<QJsonValue> toJson(const msgpack_object &o, int depth)
{
    if (depth > kMaxDepth)
        return std::nullopt;
    switch (o.type) {
    case MSGPACK_OBJECT_NIL:
        return QJsonValue(QJsonValue::Null);
    case MSGPACK_OBJECT_BOOLEAN:
        return QJsonValue(o.via.boolean);
    case MSGPACK_OBJECT_POSITIVE_INTEGER:
        if (o.via.u64 > static_cast<uint64_t>(std::numeric_limits<qint64>::max()))
            return QJsonValue(static_cast<double>(o.via.u64));
        return QJsonValue(static_cast<qint64>(o.via.u64));
    case MSGPACK_OBJECT_NEGATIVE_INTEGER:
        return QJsonValue(static_cast<qint64>(o.via.i64));
    case MSGPACK_OBJECT_FLOAT32:
    case MSGPACK_OBJECT_FLOAT64:
        if (!std::isfinite(o.via.f64))
            return std::nullopt;  // JSON has no NaN or infinity
        return QJsonValue(o.via.f64);
    case MSGPACK_OBJECT_STR: {
        const QByteArray utf8(o.via.str.ptr, static_cast<qsizetype>(o.via.str.size));
        const QString text = QString::fromUtf8(utf8);
        if (text.toUtf8() != utf8)
            return std::nullopt;  // not UTF-8
        return QJsonValue(text);
    }
    case MSGPACK_OBJECT_ARRAY: {
        QJsonArray array;
        for (uint32_t i = 0; i < o.via.array.size; ++i) {
            std::optional<QJsonValue> v = toJson(o.via.array.ptr[i], depth + 1);
            if (!v)
                return std::nullopt;
            array.append(*v);
        }
        return QJsonValue(array);
    }
    case MSGPACK_OBJECT_MAP: {
        QJsonObject object;
        for (uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack_object_kv &kv = o.via.map.ptr[i];
            if (kv.key.type != MSGPACK_OBJECT_STR)
                return std::nullopt;
            std::optional<QJsonValue> key = toJson(kv.key, depth + 1);
            std::optional<QJsonValue> v = toJson(kv.val, depth + 1);
            if (!key || !v)
                return std::nullopt;
            object.insert(key->toString(), *v);
        }
        return QJsonValue(object);
    }
    default:
        return std::nullopt;  // bin and ext: the protocol has none
    }
}

Expected<QJsonObject> decodeMsgPack(const QByteArray &bytes)
{
    SizeCheck check(bytes.constData(), static_cast<size_t>(bytes.size()));
    if (!check.value(0) || !check.atEnd())
        return decodeError(QStringLiteral("not one well-formed MessagePack value"));
    std::unique_ptr<msgpack_unpacked, UnpackedDeleter> unpacked(new msgpack_unpacked);
    msgpack_unpacked_init(unpacked.get());
    size_t offset = 0;
    const msgpack_unpack_return ret =
        msgpack_unpack_next(unpacked.get(), bytes.constData(), static_cast<size_t>(bytes.size()), &offset);
    if (ret != MSGPACK_UNPACK_SUCCESS || offset != static_cast<size_t>(bytes.size()))
        return decodeError(QStringLiteral("not one well-formed MessagePack value"));
    if (unpacked->data.type != MSGPACK_OBJECT_MAP)
        return decodeError(QStringLiteral("the message is not a map"));
    std::optional<QJsonValue> value = toJson(unpacked->data, 0);
    if (!value)
        return decodeError(QStringLiteral("the message holds a value the protocol does not use"));
    return value->toObject();
}

struct SbufferDeleter
{
    void operator()(msgpack_sbuffer *b) const
    {
        msgpack_sbuffer_destroy(b);
        delete b;
    }
};

void pack(msgpack_packer &pk, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        msgpack_pack_nil(&pk);
        break;
    case QJsonValue::Bool:
        v.toBool() ? msgpack_pack_true(&pk) : msgpack_pack_false(&pk);
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        constexpr double kInt64Limit = 9223372036854775808.0;  // 2^63
        if (std::isfinite(d) && std::trunc(d) == d && d >= -kInt64Limit && d < kInt64Limit)
            msgpack_pack_int64(&pk, v.toInteger(static_cast<qint64>(d)));
        else
            msgpack_pack_double(&pk, d);
        break;
    }
    case QJsonValue::String: {
        const QByteArray utf8 = v.toString().toUtf8();
        msgpack_pack_str(&pk, static_cast<size_t>(utf8.size()));
        msgpack_pack_str_body(&pk, utf8.constData(), static_cast<size_t>(utf8.size()));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = v.toArray();
        msgpack_pack_array(&pk, static_cast<size_t>(array.size()));
        for (const QJsonValue &item : array)
            pack(pk, item);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = v.toObject();
        msgpack_pack_map(&pk, static_cast<size_t>(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            msgpack_pack_str(&pk, static_cast<size_t>(key.size()));
            msgpack_pack_str_body(&pk, key.constData(), static_cast<size_t>(key.size()));
            pack(pk, it.value());
        }
        break;
    }
    }
}

}  // namespace

Expected<QJsonObject> decodeMessage(const QByteArray &bytes, Encoding encoding)
{
    if (encoding == Encoding::MsgPack)
        return decodeMsgPack(bytes);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return decodeError(QStringLiteral("not valid JSON: %1").arg(error.errorString()));
    if (!document.isObject())
        return decodeError(QStringLiteral("the message is not an object"));
    return document.object();
}

QByteArray encodeMessage(const QJsonObject &message, Encoding encoding)
{
    if (encoding == Encoding::Json)
        return QJsonDocument(message).toJson(QJsonDocument::Compact);
    std::unique_ptr<msgpack_sbuffer, SbufferDeleter> buffer(new msgpack_sbuffer);
    msgpack_sbuffer_init(buffer.get());
    msgpack_packer pk;
    msgpack_packer_init(&pk, buffer.get(), msgpack_sbuffer_write);
    pack(pk, QJsonValue(message));
    return QByteArray(buffer->data, static_cast<qsizetype>(buffer->size));
}

}  // namespace vida3::studio::remote
