#include "transfer/md5.h"

#include <openssl/evp.h>

namespace suanli::transfer {

struct Md5::State
{
    EVP_MD_CTX *context = nullptr;
};

Md5::Md5()
    : m_state(std::make_unique<State>())
{
    m_state->context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_state->context, EVP_md5(), nullptr);
}

Md5::~Md5()
{
    EVP_MD_CTX_free(m_state->context);
}

void Md5::add(QByteArrayView data)
{
    if (!data.isEmpty())
        EVP_DigestUpdate(m_state->context, data.data(), size_t(data.size()));
}

QString Md5::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString Md5::hexOf(QByteArrayView data)
{
    Md5 md5;
    md5.add(data);
    return md5.hex();
}

} // namespace suanli::transfer
