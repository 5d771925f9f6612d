#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace suanli::transfer {

// Streaming MD5 in 32 lower-case hex digits, as UNIS wants it. Uses the platform's optimised
// implementation: hashing is most of the CPU an upload costs.
class Md5 final
{
public:
    Md5();
    ~Md5();
    Md5(const Md5 &) = delete;
    Md5 &operator=(const Md5 &) = delete;

    void add(QByteArrayView data);
    QString hex(); // finishes the hash; add() must not be called afterwards
    static QString hexOf(QByteArrayView data);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace suanli::transfer
