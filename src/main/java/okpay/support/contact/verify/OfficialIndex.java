package okpay.support.contact.verify;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.contact.Channel;
import okpay.support.contact.ChannelKind;
import okpay.support.contact.ChannelsReader;
import okpay.support.contact.ContactValue;
import okpay.support.contact.ProductReader;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;

/** The official contact values of a knowledge base, normalised the way {@link ContactInput} normalises input. */
final class OfficialIndex {
    private static final Pattern URL = Pattern.compile("(?:[a-z][a-z0-9+.-]*://)?([^/?#]+)(.*)");

    /** An official value with the key input is compared on. */
    record Entry(String key, OfficialValue value) {}

    /** An official phone number: its digits as written (with the country code: official numbers are international). */
    record Phone(String digits, OfficialValue value) {}

    final List<String> domains = new ArrayList<>();
    /** Official hosts with a listed page (www.okpay.example, status.okpay.example), without "www.". */
    final Map<String, OfficialValue> hosts = new LinkedHashMap<>();
    /** Official web pages, keyed by host without "www." plus path without a trailing slash. */
    final List<Entry> urls = new ArrayList<>();
    /** Social sites (hosts of profile URLs off the official domains) → their official profiles, keyed by name. */
    final Map<String, List<Entry>> profiles = new LinkedHashMap<>();
    final List<Entry> emails = new ArrayList<>();
    final List<Phone> phones = new ArrayList<>();
    /** Social handles without '@'. */
    final List<Entry> handles = new ArrayList<>();
    final List<OfficialValue> domainValues = new ArrayList<>();

    OfficialIndex(KnowledgeBase kb, Lang lang, Messages m) {
        for (String domain : kb.get(ProductReader.SECTION).officialDomains()) {
            String ascii = withoutWww(ascii(domain));
            domains.add(ascii);
            domainValues.add(new OfficialValue("domain", domain,
                    m.get("label.official-domain", kb.get(ProductReader.SECTION).name().get(lang)), ChannelKind.WEBSITE.id(), null));
        }
        for (Channel channel : kb.get(ChannelsReader.SECTION)) {
            for (ContactValue value : channel.values()) {
                OfficialValue shown = new OfficialValue(value.kind().id(), value.value(), value.label().get(lang),
                        channel.id(), value.platform());
                String raw = value.value().strip().toLowerCase(Locale.ROOT);
                switch (value.kind()) {
                    case URL -> url(raw, shown);
                    case EMAIL -> emails.add(new Entry(emailKey(raw), shown));
                    case PHONE -> phones.add(phone(value.value(), shown));
                    case HANDLE -> handles.add(new Entry(raw.replaceFirst("^@", ""), shown));
                }
            }
        }
    }

    /** Whether {@code host} (ASCII, no "www.") is an official domain or below one; the domain, or null. */
    String officialDomainOf(String host) {
        for (String domain : domains) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return domain;
            }
        }
        return null;
    }

    /** Official hosts to compare lookalikes with, longest first, so the most specific one is named. */
    List<String> officialHosts() {
        List<String> out = new ArrayList<>(domains);
        hosts.keySet().stream().filter(h -> !out.contains(h)).forEach(out::add);
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out;
    }

    /** The value a domain or listed host stands for in the output. */
    OfficialValue valueOfHost(String host) {
        int i = domains.indexOf(host);
        if (i >= 0) {
            return domainValues.get(i);
        }
        OfficialValue listed = hosts.get(host);
        return listed != null ? listed : domainValues.isEmpty() ? null : domainValues.get(0);
    }

    private void url(String raw, OfficialValue shown) {
        Matcher url = URL.matcher(raw);
        if (!url.matches()) {
            return;
        }
        String host = withoutWww(ascii(url.group(1).replaceAll("^.*@|:\\d*$", "").replaceAll("\\.+$", "")));
        String path = url.group(2).replaceAll("/+$", "");
        if (officialDomainOf(host) != null) {
            hosts.putIfAbsent(host, shown);
            urls.add(new Entry(host + path, shown));
        } else {
            String name = path.replaceFirst("^/@?", "").replaceAll("[/?#].*$", "");
            profiles.computeIfAbsent(host, h -> new ArrayList<>()).add(new Entry(name, shown));
        }
    }

    private static Phone phone(String value, OfficialValue shown) {
        return new Phone(value.replaceAll("[^0-9]", ""), shown);
    }

    static String emailKey(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at + 1) + ascii(email.substring(at + 1).replaceAll("\\.+$", ""));
    }

    static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String ascii(String host) {
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host.toLowerCase(Locale.ROOT);  // not a usable host: compared as written, it matches nothing odd
        }
    }
}
