"""The reaction model of src/Synthesis.Models/Reactions in plain PyTorch, written from its documented formulas (Goodall's
thesis ch. 5, after Malik et al.) as an independent check of ours. Attribute names follow the TorchSharp modules, so an
export loads with load_state_dict(strict=True).

Shapes: N precursor nodes, E directed edges (every ordered pair of a reaction's precursors), B reactions, V elements,
H heads, K hidden units, D = NodeSize, A = 32 (action embedding)."""
import warnings

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

ACTIONS = 7          # ActionClass values
ACTION_SIZE = 32     # ActionAutoencoder.HiddenSize
ACTION_EMBEDDING = 8
MAGPIE = 145         # MagpieFeatures.Count
MATSCHOLAR = 200

# scatter_reduce is marked beta in torch 1.13 (Debian 12); it is what computes each group's maximum here.
warnings.filterwarnings("ignore", message="scatter_reduce")


def segment_softmax(scores, segment, segments):
    """Softmax of scores [rows, ...] within the groups segment [rows] names, each group shifted by its own maximum."""
    index = segment.view(-1, *([1] * (scores.dim() - 1))).expand_as(scores)
    maxima = torch.full((segments, *scores.shape[1:]), float("-inf"), dtype=scores.dtype)
    maxima = maxima.scatter_reduce(0, index, scores.detach(), reduce="amax", include_self=True)
    weights = torch.exp(scores - maxima[segment])
    totals = torch.zeros_like(maxima).index_add_(0, segment, weights)
    return weights / totals[segment]


class Mlp(nn.Module):
    """Linear → ReLU per hidden width, then a linear output."""

    def __init__(self, inputs, hidden, outputs):
        super().__init__()
        widths = [inputs, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.output = nn.Linear(widths[-1], outputs)

    def forward(self, x):
        for layer in self.layers:
            x = F.relu(layer(x))
        return self.output(x)


class ResidualMlp(nn.Module):
    """x ← leaky_relu(W x + b) + skip(x) per hidden width (skip: identity, or a bias-free projection), then linear."""

    def __init__(self, inputs, hidden, outputs):
        super().__init__()
        widths = [inputs, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.skips = nn.ModuleList(nn.Identity() if a == b else nn.Linear(a, b, bias=False) for a, b in zip(widths, widths[1:]))
        self.output = nn.Linear(widths[-1], outputs)

    def forward(self, x):
        for layer, skip in zip(self.layers, self.skips):
            x = F.leaky_relu(layer(x)) + skip(x)
        return self.output(x)


class ActionAutoencoder(nn.Module):
    """u [B, 32]: one-hot actions → linear (8) → LSTM (32), the output at the last real step; a learnt u when empty."""

    def __init__(self):
        super().__init__()
        self.embedding = nn.Linear(ACTIONS, ACTION_EMBEDDING, bias=False)
        self.encoder = nn.LSTM(ACTION_EMBEDDING, ACTION_SIZE, batch_first=True)
        self.empty = nn.Parameter(torch.zeros(ACTION_SIZE))
        self.decoder = nn.LSTM(ACTION_SIZE + ACTIONS + 1, ACTION_SIZE, batch_first=True)  # training only
        self.readout = nn.Linear(ACTION_SIZE, ACTIONS + 1)

    def forward(self, actions, lengths):
        outputs, _ = self.encoder(self.embedding(F.one_hot(actions, ACTIONS).float()))
        last = outputs[torch.arange(actions.shape[0]), (lengths - 1).clamp(min=0)]
        return torch.where((lengths == 0).unsqueeze(1), self.empty.expand_as(last), last)


class MessagePassingLayer(nn.Module):
    """h_i ← h_i + mean_h Σ_j a_ij^h g^h(h_i ⊕ u ⊕ h_j), a^h = softmax_j f^h(h_i ⊕ u ⊕ h_j); f, g one hidden layer each,
    their hidden layers side by side in targetSide (h_i ⊕ u columns) and sourceSide (h_j columns)."""

    def __init__(self, nodes, actions, heads, hidden):
        super().__init__()
        self.heads, self.hidden = heads, hidden
        self.targetSide = nn.Linear(nodes + actions, 2 * heads * hidden)
        self.sourceSide = nn.Linear(nodes, 2 * heads * hidden, bias=False)
        self.gateWeight = nn.Parameter(torch.zeros(heads, hidden))
        self.gateBias = nn.Parameter(torch.zeros(heads))
        self.messageWeight = nn.Parameter(torch.zeros(heads, hidden, nodes))
        self.messageBias = nn.Parameter(torch.zeros(heads, nodes))

    def forward(self, nodes, context, source, target, literal=False):
        if literal:  # the formula as written: every edge's whole input h_i ⊕ u ⊕ h_j through one weight matrix
            weight = torch.cat([self.targetSide.weight, self.sourceSide.weight], 1)
            before = F.linear(torch.cat([nodes[target], context[target], nodes[source]], 1), weight, self.targetSide.bias)
        else:  # the same, each half computed once per node and gathered per edge
            before = self.targetSide(torch.cat([nodes, context], 1))[target] + self.sourceSide(nodes)[source]
        hidden = F.leaky_relu(before).view(-1, 2, self.heads, self.hidden)
        scores = (hidden[:, 0] * self.gateWeight).sum(-1) + self.gateBias                       # [E, H]
        attention = segment_softmax(scores, target, nodes.shape[0])
        messages = torch.bmm(hidden[:, 1].transpose(0, 1), self.messageWeight).transpose(0, 1) + self.messageBias  # [E, H, D]
        update = torch.zeros(nodes.shape[0], self.heads, nodes.shape[1]).index_add_(0, target, attention.unsqueeze(-1) * messages)
        return nodes + update.mean(1)


class AttentionPooling(nn.Module):
    """r_b = mean_h Σ_{i in b} softmax_i(gate^h(h_i ⊕ u)) message^h(h_i ⊕ u)."""

    def __init__(self, nodes, actions, heads, hidden):
        super().__init__()
        self.heads, self.size = heads, nodes
        self.gate = Mlp(nodes + actions, [hidden], heads)
        self.message = Mlp(nodes + actions, [hidden], heads * nodes)

    def forward(self, nodes, context, membership, reactions):
        x = torch.cat([nodes, context], 1)
        attention = segment_softmax(self.gate(x), membership, reactions)
        messages = self.message(x).view(-1, self.heads, self.size)
        pooled = torch.zeros(reactions, self.heads, self.size).index_add_(0, membership, attention.unsqueeze(-1) * messages)
        return pooled.mean(1)


class ReactionGraph(nn.Module):
    def __init__(self, o):
        super().__init__()
        self.embed = nn.Linear(MAGPIE, o["node_size"])
        self.layers = nn.ModuleList(MessagePassingLayer(o["node_size"], ACTION_SIZE, o["heads"], o["hidden_size"])
                                    for _ in range(o["message_layers"]))
        self.pooling = AttentionPooling(o["node_size"], ACTION_SIZE, o["heads"], o["hidden_size"])

    def forward(self, batch, u, literal=False):
        nodes = self.embed(batch["node_features"])
        context = u[batch["node_reaction"]]
        for layer in self.layers:
            nodes = layer(nodes, context, batch["edge_source"], batch["edge_target"], literal)
        return self.pooling(nodes, context, batch["node_reaction"], batch["actions"].shape[0])


class ElementClassifier(nn.Module):
    """(r [B, D], logits [B, V])."""

    def __init__(self, o, elements):
        super().__init__()
        if o["encoder"] != "reaction_graph":
            raise ValueError(f"the reference implements the reaction-graph encoder only, not {o['encoder']}")
        self.encoder = ReactionGraph(o)
        self.head = Mlp(o["node_size"], o["classifier_hidden"], elements)

    def forward(self, batch, u, literal=False):
        r = self.encoder(batch, u, literal)
        return r, self.head(r)


def classifier_loss(logits, presence, allowed):
    """Binary cross-entropy summed over allowed (reaction, element) pairs, divided by their count."""
    return F.binary_cross_entropy_with_logits(logits, presence, weight=allowed, reduction="sum") / allowed.sum().clamp(min=1)


class StoichiometryRegressor(nn.Module):
    """Fractions [B, V]: softmax over the product's elements of s_i = h(matscholar_i ⊕ context [⊕ mixture ⊕ mixture_i])."""

    def __init__(self, o, members, elements):
        super().__init__()
        context = members * o["node_size"] if o["regressor_context"] == "member_embeddings" else o["node_size"]
        self.uses_mixture = o["regressor_precursor_mixture"]
        self.score = ResidualMlp(MATSCHOLAR + context + (elements + 1 if self.uses_mixture else 0), o["regressor_hidden"], 1)

    def forward(self, context, mixture, element_vectors, present):
        reaction, element = present.nonzero(as_tuple=True)
        parts = [element_vectors[element], context[reaction]]
        if self.uses_mixture:
            parts += [mixture[reaction], mixture[reaction, element].unsqueeze(1)]
        fractions = segment_softmax(self.score(torch.cat(parts, 1)).squeeze(1), reaction, context.shape[0])
        return torch.zeros(present.shape).index_put((reaction, element), fractions)


def fraction_loss(kind, predicted, targets):
    if kind == "cross_entropy":
        return -(targets * predicted.clamp(min=1e-12).log()).sum(1).mean()
    return (predicted - targets).pow(2).sum(1).mean()


def choose_elements(probabilities, threshold):
    """Elements at or above the threshold, and always the two likeliest allowed ones (a product has two elements)."""
    chosen = probabilities >= np.float32(threshold)
    top2 = probabilities.topk(2, dim=1).indices
    return chosen.scatter(1, top2, chosen.gather(1, top2) | (probabilities.gather(1, top2) > 0))


class ReactionModel(nn.Module):
    def __init__(self, described):
        super().__init__()
        self.options = o = described["options"]
        self.threshold = described["threshold"]
        members, elements = described["members"], len(described["elements"])
        self.autoencoder = ActionAutoencoder()
        self.classifiers = nn.ModuleList(ElementClassifier(o, elements) for _ in range(members))
        self.regressors = nn.ModuleList(StoichiometryRegressor(o, members, elements) for _ in range(members))

    def load_exported(self, weights):
        """weights: {"autoencoder.…", "classifier.K.…", "regressor.K.…"} as exported; every parameter must be there."""
        renamed = {name.replace("classifier.", "classifiers.", 1).replace("regressor.", "regressors.", 1): t
                   for name, t in weights.items()}
        self.load_state_dict(renamed, strict=True)
        return self.eval()

    def action_embedding(self, batch):
        if self.options["use_actions"]:
            return self.autoencoder(batch["actions"], batch["action_lengths"])
        return torch.zeros(batch["actions"].shape[0], ACTION_SIZE)

    def regressor_context(self, embeddings):
        return torch.cat(embeddings, 1) if self.options["regressor_context"] == "member_embeddings" else torch.stack(embeddings).mean(0)

    def forward(self, batch, element_vectors, literal=False):
        u = self.action_embedding(batch)
        members = [c(batch, u, literal) for c in self.classifiers]
        probabilities = torch.stack([torch.sigmoid(logits) * batch["allowed_mask"] for _, logits in members]).mean(0)
        embeddings = [r for r, _ in members]
        present = choose_elements(probabilities, self.threshold)
        context = self.regressor_context(embeddings)
        fractions = torch.stack([r(context, batch["precursor_mixture"], element_vectors, present) for r in self.regressors])
        return {
            "probabilities": probabilities,
            "present": present,
            "fractions": fractions.mean(0),
            "fraction_std": fractions.std(0, unbiased=False),
            "uncertainty": fractions.var(0, unbiased=False).sum(1).sqrt(),
            "embedding": torch.stack(embeddings).mean(0),
        }
