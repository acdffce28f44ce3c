package okpay.support.contact;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.ContactResult.Address;
import okpay.support.contact.ContactResult.ChannelAdvice;
import okpay.support.contact.ContactResult.RegionAdvice;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/**
 * Text layout of {@code contact}: by default a short answer that fits a screen (what to do now, the region's
 * hotline, the best channels, one-line pointers to the rest); with {@code --all} every channel in full, every
 * region's hotline and the safety tips.
 */
public final class ContactText implements TextLayout<ContactResult> {
    /** How many channels the short answer shows with an address and a summary; the others it names. */
    private static final int SHORT_CHANNELS = 2;
    private final Messages m;
    private final boolean all;

    /** The full layout (as {@code --all}). */
    public ContactText(Messages messages) {
        this(messages, true);
    }

    /** The full layout with {@code all}, else the short one. */
    public ContactText(Messages messages, boolean all) {
        this.m = messages;
        this.all = all;
    }

    @Override
    public void write(ContactResult advice, TextWriter out) {
        if (all) {
            full(advice, out);
        } else {
            brief(advice, out);
        }
    }

    /** The answer first: what to do now, the region's hotline, the best channels; then where the rest is. */
    private void brief(ContactResult advice, TextWriter out) {
        Style s = out.style();
        if (advice.topic() != null) {
            ContactResult.TopicAdvice topic = advice.topic();
            out.heading(topic.name() + "  " + urgency(s, topic.urgency()))
                    .line(s.bold(m.get("contact.now", topic.advice())), TextWriter.width(m.get("contact.now", ""))).blank();
        }
        if (advice.region() != null) {
            region(advice.region(), out);
            out.blank();
        }
        out.heading(m.get(advice.topic() != null ? "contact.best" : "contact.best.general"));
        List<String> others = new ArrayList<>();
        int shown = 0;
        for (ChannelAdvice channel : advice.channels()) {
            if (!channel.available()) {
                continue;
            }
            if (shown == SHORT_CHANNELS) {
                others.add(channel.name());
                continue;
            }
            shown++;
            String first = channel.values().isEmpty() ? "" : channel.values().get(0).value();
            boolean everyHotline = channel.values().size() > 1 && "hotline".equals(channel.id()) && advice.region() == null;
            String where = everyHotline ? s.dim(m.get("contact.hotline.which")) : s.accent(first);
            out.line(shown + ". " + s.bold(channel.name()) + (where.isEmpty() ? "" : "  " + where), 3)
                    .line("   " + channel.summary());
        }
        if (!others.isEmpty()) {
            out.line(m.get("contact.also", String.join(m.get("contact.list.separator"), others)));
        }
        if (!advice.neverShare().isEmpty()) {
            out.line(s.warn(m.get("contact.never-share.first", advice.neverShare().get(0))));
        }
        out.blank().line(m.get("contact.more")).line("  " + command(advice), 2);
        // Each command whole on a line of its own, ready to copy.
        if (advice.topic() == null) {
            out.line(m.get("contact.more.topic"), 2).line("  okpay-support contact --topic TOPIC", 4);
        }
        if (advice.region() == null) {
            out.line(m.get("contact.more.region"), 2).line("  okpay-support contact --region CODE", 4);
        }
        if (advice.notice() != null && !advice.notice().isBlank()) {
            out.blank().line(s.dim(advice.notice()));
        }
    }

    /** The command that shows all of this answer: the same topic and region, with {@code --all}. */
    private static String command(ContactResult advice) {
        return "okpay-support contact" + (advice.topic() == null ? "" : " --topic " + advice.topic().id())
                + (advice.region() == null ? "" : " --region " + advice.region().code()) + " --all";
    }

    private void full(ContactResult advice, TextWriter out) {
        Style s = out.style();
        if (advice.topic() != null) {
            ContactResult.TopicAdvice topic = advice.topic();
            out.heading(topic.name() + "  " + urgency(s, topic.urgency()))
                    .line(topic.description()).line(s.bold(topic.advice())).blank();
        }
        if (advice.region() != null) {
            region(advice.region(), out);
            out.blank();
        }
        out.heading(m.get(advice.topic() != null ? "contact.channels.ranked" : "contact.channels"));
        List<String> labels = List.of(m.get("contact.how"), m.get("contact.best-for"), m.get("contact.response"));
        int width = TextWriter.widest(labels);
        for (ChannelAdvice channel : advice.channels()) {
            String title = channel.rank() + ". " + channel.name();
            out.blank().line(channel.available() ? s.bold(title) : s.dim(title + "  (" + m.get("contact.not-in-region") + ")"))
                    .line("   " + channel.summary());
            for (Address address : channel.values()) {
                String platform = address.platform() == null ? "" : address.platform() + " ";
                out.line("   " + s.accent(platform + address.value()) + "  " + s.dim(address.label()));
            }
            out.field("   ", labels.get(0), width, channel.how())
                    .field("   ", labels.get(1), width, channel.bestFor())
                    .field("   ", labels.get(2), width, channel.responseTime());
            if (!channel.haveReady().isEmpty()) {
                out.line("   " + s.dim(m.get("contact.have-ready"))).bullets("     ", channel.haveReady());
            }
        }
        if (!advice.hotlines().isEmpty()) {
            out.blank().heading(m.get("contact.hotlines"));
            List<String> regionNames = new ArrayList<>();
            for (RegionAdvice region : advice.hotlines()) {
                regionNames.add(region.code() + " " + region.name());
            }
            int names = TextWriter.widest(regionNames);
            for (RegionAdvice region : advice.hotlines()) {
                String name = TextWriter.pad(region.code() + " " + region.name(), names);
                out.line("  " + name + "  " + (region.hotline() ? s.accent(region.number()) + "  " + region.hours()
                        : s.dim(m.get("contact.no-hotline.short"))), names + 4);
            }
        }
        out.blank().heading(m.get("contact.never-share")).bullets("  ", advice.neverShare());
        out.blank().heading(m.get("contact.safety")).bullets("  ", advice.safetyTips());
        out.blank().line(s.dim(advice.notice()));
    }

    private void region(RegionAdvice region, TextWriter out) {
        Style s = out.style();
        out.heading(m.get("contact.region", region.code(), region.name()));
        if (region.hotline()) {
            List<String> parts = new ArrayList<>();
            parts.add(s.accent(region.number()));
            parts.add(region.hours());
            if (!region.languages().isEmpty()) {
                List<String> names = new ArrayList<>();
                for (String language : region.languages()) {
                    names.add(m.has("language." + language) ? m.get("language." + language) : language);
                }
                parts.add(m.get("contact.languages", String.join("/", names)));
            }
            out.line("  " + String.join("  ", parts));
        } else {
            out.line("  " + s.warn(m.get("contact.no-hotline", region.name()))).line("  " + region.advice());
        }
    }

    private String urgency(Style s, String urgency) {
        String label = m.get("urgency." + urgency);
        return switch (urgency) {
            case "critical" -> s.bad(label);
            case "high" -> s.warn(label);
            default -> s.dim(label);
        };
    }
}
