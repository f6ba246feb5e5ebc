using System.Net;
using System.Net.Sockets;

namespace Chronicle.Fetching;

/// <summary>Tells public internet addresses from loopback, link-local, private and other non-public ones.</summary>
internal static class AddressRules
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC);
        }

        var v4 = address.GetAddressBytes();
        return v4[0] switch
        {
            0 or 10 or 127 => false,
            100 when v4[1] is >= 64 and <= 127 => false, // carrier-grade NAT
            169 when v4[1] == 254 => false, // link-local, including cloud metadata services
            172 when v4[1] is >= 16 and <= 31 => false,
            192 when v4[1] == 168 => false,
            >= 224 => false, // multicast and reserved
            _ => true,
        };
    }
}
