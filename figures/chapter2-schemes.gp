# MLP Workbook figure: loss curve — Chapter 2 · warm start is not partial fit: 20 epochs three ways (seed 42)
# $loss: epoch, one loss column per run
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set output 'chapter2-schemes.png'
set encoding utf8
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
$loss << EOD
# epoch loss1 loss2 loss3
1 0.7550 0.7550 0.7550
2 0.7469 0.7471 0.7472
3 0.7395 0.7398 0.7400
4 0.7326 0.7331 0.7333
5 0.7260 0.7268 0.7269
6 0.7196 0.7208 0.7208
7 0.7134 0.7149 0.7147
8 0.7074 0.7092 0.7091
9 0.7015 0.7037 0.7034
10 0.6957 0.6983 0.6982
11 0.6899 0.6930 0.6928
12 0.6842 0.6878 0.6875
13 0.6785 0.6825 0.6823
14 0.6729 0.6771 0.6771
15 0.6673 0.6716 0.6717
16 0.6616 0.6660 0.6662
17 0.6559 0.6601 0.6604
18 0.6501 0.6539 0.6544
19 0.6442 0.6474 0.6481
20 0.6383 0.6406 0.6417
EOD
set title "Chapter 2 · warm start is not partial fit: 20 epochs three ways (seed 42)" font ",17"
set xlabel "epoch"
set ylabel "training loss (log-loss)"
set xrange [0:20]
set key below center horizontal samplen 3 spacing 1.2 height 1
plot $loss using 1:2 with lines ls 1 title "20 × fit, warmStart, maxIter 1", \
     $loss using 1:3 with lines ls 2 title "20 × partialFit", \
     $loss using 1:4 with lines ls 3 title "1 × fit, maxIter 20"
