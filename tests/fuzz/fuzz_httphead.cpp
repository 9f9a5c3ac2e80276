// libFuzzer entry for the server's request-head parser (HttpHeadParser): whatever the bytes,
// it must not crash, must not read past them, and whatever it accepts must be coherent.
// Built as a real fuzzer with -DCITOYENS_FUZZ=ON and clang; replayed by tst_fuzz_httphead.

#include "http/HttpRequestHead.h"

#include <cstdint>
#include <cstdlib>

using citoyens::server::HttpHeadParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A copy of exactly `size` bytes, so that AddressSanitizer sees any read past the end.
    char* copy = static_cast<char*>(std::malloc(size ? size : 1));
    for (size_t i = 0; i < size; ++i)
        copy[i] = char(data[i]);
    HttpHeadParser::Limits limits;
    limits.maxHeadBytes = 2048; // small limits: the fuzzer reaches them
    limits.maxTargetBytes = 512;
    limits.maxHeaders = 8;
    const HttpHeadParser::Result r = HttpHeadParser::parse(copy, qsizetype(size), limits);
    switch (r.status) {
    case HttpHeadParser::Status::Complete:
        if (r.consumed <= 0 || r.consumed > qsizetype(size) || r.consumed > limits.maxHeadBytes)
            std::abort();
        if (r.head.method.isEmpty() || !r.head.target.startsWith('/') || r.head.contentLength < 0
            || r.head.headers.size() > limits.maxHeaders)
            std::abort();
        for (const auto& h : r.head.headers) {
            if (h.first.isEmpty() || h.first.toLower() != h.first || h.second.contains('\r') || h.second.contains('\n'))
                std::abort();
        }
        break;
    case HttpHeadParser::Status::Invalid:
        if (r.errorStatus < 400 || r.errorStatus > 505)
            std::abort();
        break;
    case HttpHeadParser::Status::Incomplete:
        if (qsizetype(size) >= limits.maxHeadBytes)
            std::abort(); // past the limit there is always an answer
        break;
    }
    std::free(copy);
    return 0;
}
