package okpay.support.ask;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.diagnose.DeclineCode;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqSearch;
import okpay.support.faq.SearchIndex;
import okpay.support.faq.SearchIndexBuilder;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;

/**
 * The troubleshooting flows as {@code ask} needs them, derived once per knowledge base and stored in the snapshot of
 * the embedded one: a search index of each flow's title, summary and example descriptions (with the FAQ's phrases),
 * a sketch of each flow ({@link FlowSketch}) and every decline code the catalogue knows. A run of {@code ask} reads
 * this block and neither the flows nor the decline-code section.
 */
public final class FlowIndex {
    /** The flow index of a knowledge base. */
    public static final KnowledgeBase.Derivation<FlowIndex> INDEX = new KnowledgeBase.Derivation<>() {
        @Override
        public String key() {
            return "ask.flows";
        }

        @Override
        public FlowIndex derive(KnowledgeBase kb) {
            List<String> codes = new ArrayList<>();
            for (DeclineCode code : kb.get(DeclineCodesReader.SECTION).codes()) {
                codes.addAll(code.codes());
            }
            List<Flow> flows = kb.get(FlowsReader.SECTION);
            return new FlowIndex(search(flows, FaqSearch.phrases(kb.get(FaqReader.SECTION))), flows.stream().map(FlowSketch::of).toList(), codes);
        }

        @Override
        public void write(FlowIndex index, DataOutputStream out) throws IOException {
            out.writeInt(index.search.byteSize());
            index.search.write(out);
            out.writeInt(index.flows.size());
            for (FlowSketch flow : index.flows) {
                flow.write(out);
            }
            FlowSketch.writeStrings(index.declineCodes, out);
        }

        @Override
        public FlowIndex read(DataInputStream in) throws IOException {
            byte[] bytes = in.readNBytes(in.readInt());
            SearchIndex search = SearchIndex.of(bytes, 0, bytes.length);
            List<FlowSketch> flows = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                flows.add(FlowSketch.read(in));
            }
            return new FlowIndex(search, flows, FlowSketch.readStrings(in));
        }
    };

    final SearchIndex search;
    final List<FlowSketch> flows;
    /** Every code and alias of the decline-code catalogue, as it spells them. */
    final List<String> declineCodes;

    FlowIndex(SearchIndex search, List<FlowSketch> flows, List<String> declineCodes) {
        this.search = search;
        this.flows = List.copyOf(flows);
        this.declineCodes = List.copyOf(declineCodes);
    }

    /** The flow {@code id}, or null. */
    FlowSketch flow(String id) {
        for (FlowSketch flow : flows) {
            if (flow.id().equals(id)) {
                return flow;
            }
        }
        return null;
    }

    static SearchIndex search(List<Flow> flows, List<String> phrases) {
        SearchIndexBuilder builder = new SearchIndexBuilder(phrases);
        for (Flow flow : flows) {
            Map<SearchIndex.IndexedField, List<String>> fields = new EnumMap<>(SearchIndex.IndexedField.class);
            fields.put(SearchIndex.IndexedField.TITLE, List.of(flow.title().zh(), flow.title().en()));
            fields.put(SearchIndex.IndexedField.BODY, List.of(flow.summary().zh(), flow.summary().en()));
            List<String> examples = new ArrayList<>(flow.examples().get(Lang.ZH));
            examples.addAll(flow.examples().get(Lang.EN));
            builder.add(flow.id(), fields, examples);
        }
        return builder.build();
    }
}
