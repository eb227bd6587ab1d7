#pragma once

namespace xlink::sandbox {

// The sandbox's fixed demo identities (listed by `xlink-cli sandbox --help` and the README).
namespace demo {
inline constexpr char16_t corpId[] = u"5a1f0c0de0000001";
inline constexpr char16_t memberAccount[] = u"dev@example.com";
inline constexpr char16_t memberPhone[] = u"13800000001";
inline constexpr char16_t memberPassword[] = u"sandbox123";
inline constexpr char16_t accessKeyId[] = u"0a1b2c3d4e5f6071";
inline constexpr char16_t accessKeySecret[] = u"sandbox-secret";
inline constexpr char16_t userEmail[] = u"user@example.com";
inline constexpr char16_t userPassword[] = u"sandbox123";
} // namespace demo

} // namespace xlink::sandbox
