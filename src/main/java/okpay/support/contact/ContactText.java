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

/** Text layout of {@code contact}. */
public final class ContactText implements TextLayout<ContactResult> {
    private final Messages m;

    public ContactText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(ContactResult advice, TextWriter out) {
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
                        : s.dim(m.get("contact.no-hotline.short"))));
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
