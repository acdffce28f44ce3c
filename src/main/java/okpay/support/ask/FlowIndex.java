package okpay.support.ask;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqSearch;
import okpay.support.faq.SearchIndex;
import okpay.support.faq.SearchIndexBuilder;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;

/**
 * The search index of the troubleshooting flows, so that {@code ask} can tell which flow a description calls for: each
 * flow's title, summary and example descriptions, with the FAQ's phrases. Built once per knowledge base, like the
 * FAQ's index, and stored in the snapshot of the embedded one.
 */
public final class FlowIndex {
    /** The index of a knowledge base's flows. */
    public static final KnowledgeBase.Derivation<SearchIndex> INDEX = new KnowledgeBase.Derivation<>() {
        @Override
        public String key() {
            return "ask.flows";
        }

        @Override
        public SearchIndex derive(KnowledgeBase kb) {
            return build(kb.get(FlowsReader.SECTION), FaqSearch.phrases(kb.get(FaqReader.SECTION)));
        }

        @Override
        public void write(SearchIndex index, DataOutputStream out) throws IOException {
            index.write(out);
        }

        @Override
        public SearchIndex read(DataInputStream in) throws IOException {
            return SearchIndex.read(in);
        }
    };

    private FlowIndex() {}

    static SearchIndex build(List<Flow> flows, List<String> phrases) {
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
